package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The manager's schedule never reaches into the past: new sessions, moved sessions and the default schedule. */
@IntegrationTest
class ScheduleRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	SessionService sessions;

	@Autowired
	TestClock clock;

	/** Wednesday 10 March 2027, midday. */
	void today() {
		clock.setInstant(LocalDate.of(2027, 3, 10).atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	@Test
	void aNewSessionInThePastIsRefusedByItsDateWithTheInputKept() throws Exception {
		today();
		ProjectFixtures.Group group = fixtures.aGroup();
		String base = "/manage/projects/" + group.project().id() + "/sessions";
		mvc.perform(post(base + "/new").with(user(group.manager())).with(csrf()).param("kind", "MIDWAY_REVIEW")
			.param("title", "Looking back").param("date", "2027-03-09").param("startTime", "14:00").param("endTime", "16:00")
			.param("place", "Room 2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("sessionForm", "date"))
			.andExpect(content().string(containsString("A new session cannot be in the past")))
			.andExpect(content().string(containsString("Looking back")));
		assertThat(sessions.sessionsOf(group.project().id())).isEmpty();
		mvc.perform(post(base + "/new").with(user(group.manager())).with(csrf()).param("kind", "MIDWAY_REVIEW")
			.param("title", "Today").param("date", "2027-03-10").param("startTime", "14:00").param("endTime", "16:00")
			.param("place", "Room 2"))
			.andExpect(flash().attribute("flash", containsString("added")));
	}

	@Test
	void aSessionCannotBeMovedIntoThePastButAPastOneCanStillBeCorrected() throws Exception {
		today();
		ProjectFixtures.Group group = fixtures.aGroup();
		Long future = fixtures.aSession(group.project().id(), LocalDate.of(2027, 4, 6), LocalTime.of(10, 0), LocalTime.of(12, 0)).id();
		Long past = fixtures.aSession(group.project().id(), LocalDate.of(2027, 2, 2), LocalTime.of(10, 0), LocalTime.of(12, 0)).id();
		String base = "/manage/projects/" + group.project().id() + "/sessions/";
		mvc.perform(post(base + future).with(user(group.manager())).with(csrf()).param("kind", "METHODOLOGY")
			.param("title", "Moved back").param("date", "2027-03-01").param("startTime", "10:00").param("endTime", "12:00")
			.param("place", "Room 2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("sessionForm", "date"))
			.andExpect(content().string(containsString("A session cannot be moved into the past")));
		assertThat(sessions.session(group.project().id(), future).startsAt()).hasToString("2027-04-06T09:00:00Z");
		// the session that already happened keeps its date: its place can still be corrected
		mvc.perform(post(base + past).with(user(group.manager())).with(csrf()).param("kind", "METHODOLOGY")
			.param("title", "Methodology").param("date", "2027-02-02").param("startTime", "10:00").param("endTime", "12:00")
			.param("place", "Room 9"))
			.andExpect(flash().attribute("flash", containsString("changed")));
		assertThat(sessions.session(group.project().id(), past).place()).isEqualTo("Room 9");
	}

	@Test
	void theDefaultScheduleStartsTodayForACohortAlreadyUnderWayAndIsRefusedForAnEndedOne() throws Exception {
		today();
		ProjectFixtures.Group group = fixtures.aGroup(); // its cohort runs from 11 January to 16 July 2027
		mvc.perform(post("/manage/projects/" + group.project().id() + "/schedule").with(user(group.manager())).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("sessions")));
		assertThat(sessions.sessionsOf(group.project().id())).allSatisfy(session -> {
			LocalDate day = session.startsAt().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalDate();
			assertThat(day).isAfterOrEqualTo(LocalDate.of(2027, 3, 10));
			assertThat(WorkingDays.england().isWorkingDay(day)).as(session.title() + " on " + day).isTrue();
		});
		// Good Friday and Easter Monday 2027 are 26 and 29 March: nothing falls on them
		assertThat(sessions.sessionsOf(group.project().id())).extracting(s -> s.startsAt().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalDate())
			.doesNotContain(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));

		ProjectFixtures.Group ended = fixtures.aGroup();
		clock.setInstant(LocalDate.of(2027, 8, 2).atTime(12, 0).toInstant(ZoneOffset.UTC));
		mvc.perform(post("/manage/projects/" + ended.project().id() + "/schedule").with(user(ended.manager())).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("ended on 16 July 2027")));
		assertThat(sessions.sessionsOf(ended.project().id())).isEmpty();
	}
}

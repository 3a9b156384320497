package org.practiceexchange.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.calendar.CalendarChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	TestClock clock;

	@Test
	void projectFeedIsAnRfc5545CalendarInLondonTime() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		fixtures.aSession(id, LocalDate.of(2027, 1, 12), LocalTime.of(10, 0), LocalTime.of(12, 0));
		fixtures.aSession(id, LocalDate.of(2027, 6, 15), LocalTime.of(14, 0), LocalTime.of(16, 30));
		for (String path : new String[] { "/api/projects/" + id + "/calendar.ics", "/projects/" + id + "/calendar.ics" }) {
			mvc.perform(get(path).with(user(group.member())))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar")))
				.andExpect(content().string(containsString("BEGIN:VCALENDAR")))
				.andExpect(content().string(containsString("VERSION:2.0")))
				.andExpect(content().string(containsString("PRODID:")))
				.andExpect(content().string(containsString("BEGIN:VTIMEZONE")))
				.andExpect(content().string(containsString("TZID:Europe/London")))
				.andExpect(content().string(containsString("DTSTART;TZID=Europe/London:20270112T100000")))
				.andExpect(content().string(containsString("DTEND;TZID=Europe/London:20270615T163000")))
				.andExpect(content().string(containsString("UID:session-")))
				.andExpect(content().string(containsString("\r\n")));
		}
		String ics = mvc.perform(get("/projects/" + id + "/calendar.ics").with(user(group.member()))).andReturn()
			.getResponse().getContentAsString();
		// Only the observances 2026-2027 need, and they put the sessions at GMT and BST.
		CalendarChecks.smallLondonZone(ics, 2027,
				List.of(LocalDateTime.of(2027, 1, 12, 10, 0), LocalDateTime.of(2027, 6, 15, 14, 0),
						LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2028, 7, 1, 9, 0)),
				List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.UTC, ZoneOffset.ofHours(1)));
	}

	@Test
	void projectFeedFollowsTheProjectsVisibility() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String api = "/api/projects/" + group.project().id() + "/calendar.ics";
		String page = "/projects/" + group.project().id() + "/calendar.ics";
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.facilitator(), group.mentor(), group.lead(),
				group.manager() }) {
			mvc.perform(get(api).with(user(person))).andExpect(status().isOk());
			mvc.perform(get(page).with(user(person))).andExpect(status().isOk());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get(api).with(user(person))).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(page).with(user(person))).andExpect(status().isNotFound());
		}
		mvc.perform(get(api)).andExpect(status().isUnauthorized());
		mvc.perform(get(page)).andExpect(status().is3xxRedirection());
	}

	@Test
	void personalFeedWorksWithItsSecretUntilTheSecretIsReset() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		ProjectFixtures.Group other = fixtures.aGroup();
		SessionService.SessionView mine = fixtures.aSession(group.project().id(), LocalDate.of(2027, 3, 2), LocalTime.of(9, 30), LocalTime.of(11, 0));
		SessionService.SessionView theirs = fixtures.aSession(other.project().id(), LocalDate.of(2027, 3, 3), LocalTime.of(9, 30), LocalTime.of(11, 0));
		mvc.perform(get("/my/calendar").with(user(group.member()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/calendar/")));
		String token = feeds.tokenOf(group.member().id());
		mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UID:session-" + mine.id() + "@")))
			.andExpect(content().string(not(containsString("UID:session-" + theirs.id() + "@"))))
			.andExpect(content().string(containsString("DTSTART;TZID=Europe/London:20270302T093000")));
		mvc.perform(post("/my/calendar/reset").with(user(group.member())).with(csrf())).andExpect(status().is3xxRedirection());
		String newToken = feeds.tokenOf(group.member().id());
		assertThat(newToken).isNotEqualTo(token);
		mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/" + newToken + ".ics")).andExpect(status().isOk());
		mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/my/calendar")).andExpect(status().is3xxRedirection());
		// the facilitator's feed carries the sessions they facilitate
		mvc.perform(get("/calendar/" + feeds.tokenOf(group.facilitator().id()) + ".ics"))
			.andExpect(content().string(containsString("UID:session-" + mine.id() + "@")));
	}

	@Test
	void eventsKeepTheirUidAcrossFetchesAndEditsAndTheSequenceRisesWithEachChange() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		clock.setInstant(Instant.parse("2026-12-01T09:00:00Z"));
		SessionService.SessionView session = fixtures.aSession(id, LocalDate.of(2027, 1, 12), LocalTime.of(10, 0), LocalTime.of(12, 0));
		String uid = "session-" + session.id() + "@exchange.example.org";
		String feed = "/projects/" + id + "/calendar.ics";

		VEvent first = CalendarChecks.event(CalendarChecks.validEvents(fetch(feed, group.member())), uid);
		assertThat(first.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("0");
		assertThat(first.getRequiredProperty(Property.LAST_MODIFIED).getValue()).isEqualTo("20261201T090000Z");
		assertThat(first.getRequiredProperty(Property.DTSTAMP).getValue()).isNotBlank();
		// a second fetch: the same event under the same UID
		VEvent again = CalendarChecks.event(CalendarChecks.validEvents(fetch(feed, group.member())), uid);
		assertThat(again.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo(first.getRequiredProperty(Property.DTSTART).getValue());

		// the manager moves it an hour later: same UID, SEQUENCE 1, LAST-MODIFIED the time of the change
		clock.setInstant(Instant.parse("2026-12-02T15:30:00Z"));
		moveSession(group, session.id(), "11:00", "13:00");
		String moved = fetch(feed, group.member());
		VEvent after = CalendarChecks.event(CalendarChecks.validEvents(moved), uid);
		assertThat(moved).contains("DTSTART;TZID=Europe/London:20270112T110000");
		assertThat(after.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
		assertThat(after.getRequiredProperty(Property.LAST_MODIFIED).getValue()).isEqualTo("20261202T153000Z");
		// the personal feed carries the same UID and sequence
		VEvent personal = CalendarChecks.event(CalendarChecks.validEvents(fetch("/calendar/" + feeds.tokenOf(group.member().id()) + ".ics", null)), uid);
		assertThat(personal.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");

		// saved again unchanged, and attendance recorded: nothing a calendar shows has changed, so neither does the sequence
		clock.setInstant(Instant.parse("2026-12-03T10:00:00Z"));
		moveSession(group, session.id(), "11:00", "13:00");
		mvc.perform(post("/projects/" + id + "/sessions/" + session.id() + "/attendance").with(user(group.manager())).with(csrf())
			.param("present", group.member().id().toString())).andExpect(status().is3xxRedirection());
		VEvent unchanged = CalendarChecks.event(CalendarChecks.validEvents(fetch(feed, group.member())), uid);
		assertThat(unchanged.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
		assertThat(unchanged.getRequiredProperty(Property.LAST_MODIFIED).getValue()).isEqualTo("20261202T153000Z");
	}

	@Test
	void milestonesAreAllDayEventsInTheProjectAndPersonalFeeds() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long milestone = fixtures.aMilestoneId(group.project(), LocalDate.of(2027, 3, 1));
		String uid = "milestone-" + milestone + "@exchange.example.org";
		for (String ics : List.of(fetch("/projects/" + group.project().id() + "/calendar.ics", group.member()),
				fetch("/calendar/" + feeds.tokenOf(group.member().id()) + ".ics", null),
				fetch("/calendar/" + feeds.tokenOf(group.facilitator().id()) + ".ics", null))) {
			VEvent event = CalendarChecks.event(CalendarChecks.validEvents(ics), uid);
			assertThat(ics).contains("DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270302");
			assertThat(LocalDate.from(event.getDateTimeStart().getDate())).isEqualTo(LocalDate.of(2027, 3, 1));
			assertThat(LocalDate.from(event.getDateTimeEnd().getDate())).isEqualTo(LocalDate.of(2027, 3, 2));
			assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).contains(group.project().title());
		}
		// another group's milestone is not in this member's feed
		ProjectFixtures.Group other = fixtures.aGroup();
		Long theirs = fixtures.aMilestoneId(other.project(), LocalDate.of(2027, 3, 1));
		assertThat(fetch("/calendar/" + feeds.tokenOf(group.member().id()) + ".ics", null)).doesNotContain("milestone-" + theirs + "@");
	}

	private void moveSession(ProjectFixtures.Group group, Long sessionId, String start, String end) throws Exception {
		mvc.perform(post("/manage/projects/" + group.project().id() + "/sessions/" + sessionId).with(user(group.manager())).with(csrf())
			.param("kind", "METHODOLOGY").param("title", "Methodology day").param("date", "2027-01-12")
			.param("startTime", start).param("endTime", end).param("place", "Room 4").param("onlineLink", ""))
			.andExpect(status().is3xxRedirection());
	}

	private String fetch(String path, SignedInPerson person) throws Exception {
		var request = get(path);
		if (person != null) {
			request.with(user(person));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}

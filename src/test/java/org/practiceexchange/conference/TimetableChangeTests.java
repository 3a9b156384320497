package org.practiceexchange.conference;

import java.time.LocalTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Once the timetable is published the call for speakers says it is closed; slots can be changed, not only removed. */
@IntegrationTest
class TimetableChangeTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	ConferenceService conferences;

	@Autowired
	TalkService talks;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	MockMvc mvc;

	private SignedInPerson speaker() {
		return accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
	}

	private SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	private Document page(String url, SignedInPerson who, Object... ids) throws Exception {
		var request = get(url, ids);
		if (who != null) {
			request.with(user(who));
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void oncePublishedTheEditionSaysTheCallIsClosedAndRefusesNewApplications() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.COMPLETE);
		assertThat(page("/conferences/{id}", null, setup.id()).select("#call-closed")).isEmpty();
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));

		fixtures.publish(setup.id());

		Document edition = page("/conferences/{id}", null, setup.id());
		assertThat(edition.select("#call-closed").text()).startsWith("The call for speakers is closed");
		assertThat(edition.select("a[href=/conferences/" + setup.id() + "/apply]")).isEmpty();
		assertThat(page("/conferences/{id}", group.member(), setup.id()).select("a[href=/conferences/" + setup.id() + "/apply]"))
			.isEmpty();
		mvc.perform(get("/conferences/{id}/apply", setup.id()).with(user(group.member())))
			.andExpect(redirectedUrl("/conferences/" + setup.id()))
			.andExpect(flash().attribute("problem", "The call for speakers is closed: the timetable has been published"));
		Document refused = Jsoup.parse(mvc.perform(post("/conferences/{id}/apply", setup.id()).with(user(group.member()))
			.with(csrf()).param("workKey", "inquiry:" + inquiry).param("title", "Late").param("summary", "Too late"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".govuk-error-summary").text()).contains("The call for speakers is closed");
		assertThat(talks.mine(setup.id(), group.member().id())).isEmpty();
		mvc.perform(get("/api/conferences/{id}", setup.id()))
			.andExpect(jsonPath("$.conference.callForSpeakersOpen").value(false))
			.andExpect(jsonPath("$.conference.status").value("PROGRAMME_PUBLISHED"));
		assertThatThrownBy(() -> conferences.openCall(setup.id())).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void aClosedCallSaysSoBeforeTheTimetableIsOut() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		conferences.closeCall(setup.id());

		assertThat(page("/conferences/{id}", null, setup.id()).select("#call-closed").text())
			.isEqualTo("The call for speakers is closed. No new applications to present can be made.");
	}

	@Test
	void theManagerChangesASlotsTimeRoomAndTalk() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		Long slot = fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long otherTalk = fixtures.aSelectedTalk(setup.id(), speaker());
		SignedInPerson manager = manager();

		Document timetable = page("/manage/conferences/{id}/timetable", manager, setup.id());
		assertThat(timetable.select("a[href=/manage/conferences/" + setup.id() + "/timetable/" + slot + "/edit]")).hasSize(1);
		Document form = page("/manage/conferences/{id}/timetable/{s}/edit", manager, setup.id(), slot);
		assertThat(form.select("#startsAt").attr("value")).isEqualTo("10:00");
		assertThat(form.select("#roomId option[selected]").attr("value")).isEqualTo(String.valueOf(setup.roomOne()));

		mvc.perform(post("/manage/conferences/{id}/timetable/{s}/edit", setup.id(), slot).with(user(manager)).with(csrf())
			.param("day", setup.firstDay().plusDays(1).toString()).param("startsAt", "14:00").param("endsAt", "14:45")
			.param("kind", "TALK").param("applicationId", String.valueOf(otherTalk))
			.param("strandId", String.valueOf(setup.strandB())).param("roomId", String.valueOf(setup.roomTwo()))
			.param("capacity", "25"))
			.andExpect(redirectedUrl("/manage/conferences/" + setup.id() + "/timetable"));

		assertThat(conferences.slots(setup.id())).singleElement().satisfies(s -> {
			assertThat(s.id()).isEqualTo(slot);
			assertThat(s.day()).isEqualTo(setup.firstDay().plusDays(1));
			assertThat(s.startsAt()).isEqualTo(LocalTime.of(14, 0));
			assertThat(s.roomName()).isEqualTo("Room 2");
			assertThat(s.strandName()).isEqualTo("Strand B");
			assertThat(s.applicationId()).isEqualTo(otherTalk);
			assertThat(s.capacity()).isEqualTo(25);
		});
	}

	@Test
	void aChangeThatBreaksARuleIsShownBesideTheFieldAndLeavesTheSlotAsItWas() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		Long slot = fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(11, 0), LocalTime.of(11, 45));
		SignedInPerson manager = manager();
		Long talk = conferences.slots(setup.id()).get(0).applicationId();

		Document page = Jsoup.parse(mvc.perform(post("/manage/conferences/{id}/timetable/{s}/edit", setup.id(), slot)
			.with(user(manager)).with(csrf()).param("day", setup.firstDay().toString()).param("startsAt", "11:15")
			.param("endsAt", "12:00").param("kind", "TALK").param("applicationId", String.valueOf(talk))
			.param("strandId", String.valueOf(setup.strandB())).param("roomId", String.valueOf(setup.roomOne()))
			.param("capacity", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#roomId-error").text()).contains("Room 1 is already booked");
		assertThat(page.select("#startsAt").attr("value")).isEqualTo("11:15");
		assertThat(conferences.slots(setup.id()).get(0)).satisfies(s -> {
			assertThat(s.id()).isEqualTo(slot);
			assertThat(s.startsAt()).isEqualTo(LocalTime.of(10, 0));
			assertThat(s.strandName()).isEqualTo("Strand A");
		});
	}

	@Test
	void aSlotOfAnotherEditionIsNotFound() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		ConferenceFixtures.Setup other = fixtures.anEdition(100);
		Long slot = fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));

		mvc.perform(get("/manage/conferences/{id}/timetable/{s}/edit", other.id(), slot).with(user(manager())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/conferences/{id}/timetable/{s}/edit", other.id(), slot).with(user(manager())).with(csrf())
			.param("day", other.firstDay().toString()).param("startsAt", "09:00").param("endsAt", "09:30")
			.param("kind", "BREAK").param("title", "Coffee")).andExpect(status().isNotFound());
		assertThat(conferences.slots(setup.id())).singleElement().satisfies(s -> assertThat(s.startsAt())
			.isEqualTo(LocalTime.of(10, 0)));
	}
}

package org.practiceexchange.conference;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.calendar.CalendarChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TimetableTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	ConferenceService conferences;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MockMvc mvc;

	private SignedInPerson speaker() {
		return accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
	}

	private ConferenceForms.SlotForm talk(ConferenceFixtures.Setup setup, Long talk, String from, String to, Long strand,
			Long room, String capacity) {
		return new ConferenceForms.SlotForm(setup.firstDay(), LocalTime.parse(from), LocalTime.parse(to), Slot.Kind.TALK,
				null, strand, room, talk, capacity);
	}

	private static DomainRuleException broken(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleException ex) {
			return ex;
		}
		throw new AssertionError("No rule was broken");
	}

	@Test
	void aRoomCannotBeDoubleBooked() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long other = fixtures.aSelectedTalk(setup.id(), speaker());

		DomainRuleException ex = broken(() -> conferences.addSlot(setup.id(),
				talk(setup, other, "10:30", "11:15", setup.strandB(), setup.roomOne(), "")));

		assertThat(ex.field()).isEqualTo("roomId");
		assertThat(ex.getMessage()).startsWith("Room 1 is already booked").contains("from 10:00 to 10:45");
	}

	@Test
	void back_to_backSlotsInOneRoomAreFine() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long next = fixtures.aSelectedTalk(setup.id(), speaker());

		conferences.addSlot(setup.id(), talk(setup, next, "10:45", "11:30", setup.strandA(), setup.roomOne(), ""));

		assertThat(fixtures.slotCount(setup.id())).isEqualTo(2);
	}

	@Test
	void aSpeakerCannotBeInTwoPlacesAtOnce() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		SignedInPerson busy = speaker();
		fixtures.aScheduledTalk(setup, busy, LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long secondTalk = fixtures.aSelectedTalk(setup.id(), busy);

		DomainRuleException ex = broken(() -> conferences.addSlot(setup.id(),
				talk(setup, secondTalk, "10:15", "11:00", setup.strandB(), setup.roomTwo(), "")));

		assertThat(ex.field()).isEqualTo("applicationId");
		assertThat(ex.getMessage()).startsWith(busy.name() + " is already speaking");
	}

	@Test
	void aSessionCannotOfferMorePlacesThanItsRoomHolds() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		Long talk = fixtures.aSelectedTalk(setup.id(), speaker());

		DomainRuleException ex = broken(() -> conferences.addSlot(setup.id(),
				talk(setup, talk, "10:00", "10:45", setup.strandA(), setup.roomOne(), "31")));

		assertThat(ex.field()).isEqualTo("capacity");
		assertThat(ex.getMessage()).isEqualTo("Room 1 holds 30 people: the session cannot offer more places than that");
		conferences.addSlot(setup.id(), talk(setup, talk, "10:00", "10:45", setup.strandA(), setup.roomOne(), "30"));
	}

	@Test
	void aStrandRunsOneThingAtATime() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long other = fixtures.aSelectedTalk(setup.id(), speaker());

		DomainRuleException ex = broken(() -> conferences.addSlot(setup.id(),
				talk(setup, other, "10:00", "10:45", setup.strandA(), setup.roomTwo(), "")));

		assertThat(ex.field()).isEqualTo("strandId");
	}

	@Test
	void slotsNeedSensibleTimesOnADayOfTheConferenceAndTalksMustBeSelected() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		SignedInPerson applicant = speaker();
		Long selected = fixtures.aSelectedTalk(setup.id(), applicant);
		Long submitted = fixtures.anApplication(setup.id(), applicant);

		assertThat(broken(() -> conferences.addSlot(setup.id(),
				talk(setup, selected, "11:00", "10:00", null, setup.roomOne(), ""))).field()).isEqualTo("endsAt");
		assertThat(broken(() -> conferences.addSlot(setup.id(), new ConferenceForms.SlotForm(setup.firstDay().plusDays(5),
				LocalTime.of(10, 0), LocalTime.of(11, 0), Slot.Kind.TALK, null, null, setup.roomOne(), selected, "")))
			.field()).isEqualTo("day");
		assertThat(broken(() -> conferences.addSlot(setup.id(),
				talk(setup, submitted, "10:00", "11:00", null, setup.roomOne(), ""))).field()).isEqualTo("applicationId");
		assertThat(broken(() -> conferences.addSlot(setup.id(), new ConferenceForms.SlotForm(setup.firstDay(),
				LocalTime.of(12, 0), LocalTime.of(13, 0), Slot.Kind.BREAK, " ", null, null, null, ""))).field())
			.isEqualTo("title");
	}

	@Test
	void theBuilderShowsABrokenRuleNextToItsFieldAndKeepsTheInput() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));
		Long other = fixtures.aSelectedTalk(setup.id(), speaker());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());

		String page = mvc.perform(post("/manage/conferences/{id}/timetable", setup.id()).with(user(manager)).with(csrf())
			.param("day", setup.firstDay().toString()).param("startsAt", "10:30").param("endsAt", "11:15")
			.param("kind", "TALK").param("applicationId", other.toString()).param("strandId", setup.strandB().toString())
			.param("roomId", setup.roomOne().toString()).param("capacity", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		assertThat(html.select("#roomId-error").text()).contains("Room 1 is already booked");
		assertThat(html.select("#startsAt").attr("value")).isEqualTo("10:30");
		assertThat(fixtures.slotCount(setup.id())).isEqualTo(1);
	}

	@Test
	void theProgrammeAndCalendarsArePublicOnlyOncePublished() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		Long slot = fixtures.aScheduledTalk(setup, speaker(), LocalTime.of(10, 0), LocalTime.of(10, 45));

		assertThatThrownBy(() -> conferences.programme(setup.id(), false)).isInstanceOf(RecordNotFoundException.class);
		mvc.perform(get("/api/conferences/{id}/calendar.ics", setup.id())).andExpect(status().isNotFound());
		mvc.perform(get("/conferences/{id}/talks/{slot}.ics", setup.id(), slot)).andExpect(status().isNotFound());

		fixtures.publish(setup.id());

		String ics = mvc.perform(get("/api/conferences/{id}/calendar.ics", setup.id()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();
		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/London",
				"DTSTART;TZID=Europe/London:" + setup.firstDay().toString().replace("-", "") + "T100000");
		String one = mvc.perform(get("/conferences/{id}/talks/{slot}.ics", setup.id(), slot))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String calendar : List.of(ics, one)) {
			LocalDateTime talk = setup.firstDay().atTime(10, 0);
			CalendarChecks.smallLondonZone(calendar, talk.getYear(), List.of(talk),
					List.of(TimeConfiguration.LONDON.getRules().getOffset(talk)));
		}
		assertThat(one).contains("UID:conference-slot-" + slot + "@exchange.example.org");
		CalendarChecks.event(CalendarChecks.validEvents(ics), "conference-slot-" + slot + "@exchange.example.org");
		String page = mvc.perform(get("/conferences/{id}", setup.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Strand A", "10:00–10:45");
	}
}

package org.practiceexchange.conference;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.ReminderSource;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConferenceApiAndReminderTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ConferenceReminders reminders;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theApiListsEditionsForEveryoneWithTheirPromisedFields() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(40);
		String path = "$[?(@.id == " + setup.id() + ")]";

		mvc.perform(get("/api/conferences"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath(path + ".year").value(hasItem(setup.firstDay().getYear())))
			.andExpect(jsonPath(path + ".startsOn").value(hasItem(setup.firstDay().toString())))
			.andExpect(jsonPath(path + ".endsOn").value(hasItem(setup.firstDay().plusDays(1).toString())))
			.andExpect(jsonPath(path + ".venue").value(hasItem("Test Centre")))
			.andExpect(jsonPath(path + ".online").value(hasItem(false)))
			.andExpect(jsonPath(path + ".status").value(hasItem("CALL_OPEN")))
			.andExpect(jsonPath(path + ".placesLeft").value(hasItem(40)))
			.andExpect(jsonPath(path + ".calendarUrl").value(hasItem((Object) null)));
	}

	@Test
	void aPublishedEditionShowsItsSlotsInTheApi() throws Exception {
		ConferenceFixtures.Setup setup = fixtures.anEdition(40);
		fixtures.aScheduledTalk(setup, accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()),
				LocalTime.of(14, 0), LocalTime.of(14, 30));
		fixtures.publish(setup.id());

		mvc.perform(get("/api/conferences/{id}", setup.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conference.status").value("PROGRAMME_PUBLISHED"))
			.andExpect(jsonPath("$.conference.calendarUrl").value(org.hamcrest.Matchers.endsWith("/api/conferences/" + setup.id() + "/calendar.ics")))
			.andExpect(jsonPath("$.slots[0].startsAt").value("14:00"))
			.andExpect(jsonPath("$.slots[0].room").value("Room 1"))
			.andExpect(jsonPath("$.slots[0].strand").value("Strand A"));
	}

	@Test
	void anUnknownEditionIsNotFound() throws Exception {
		mvc.perform(get("/api/conferences/{id}", 987654321L)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void attendeesAreRemindedBeforeTheFirstDayAndSpeakersBeforeTheirTalk() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(1);
		SignedInPerson attendee = accounts.aPerson(Role.PROVIDER_LEAD, accounts.anOrganisation());
		SignedInPerson waiting = accounts.aPerson(Role.MENTOR, accounts.anOrganisation());
		SignedInPerson speaker = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		registrations.register(setup.id(), attendee.id());
		registrations.register(setup.id(), waiting.id());
		Long slot = fixtures.aScheduledTalk(setup, speaker, LocalTime.of(10, 0), LocalTime.of(10, 45));
		fixtures.publish(setup.id());
		Instant from = setup.firstDay().atStartOfDay(TimeConfiguration.LONDON).toInstant();
		Instant to = setup.firstDay().plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();

		List<ReminderSource.Upcoming> upcoming = reminders.upcomingBetween(from, to);

		assertThat(upcoming).extracting(ReminderSource.Upcoming::email).contains(attendee.email(), speaker.email())
			.doesNotContain(waiting.email());
		assertThat(upcoming).filteredOn(u -> u.email().equals(speaker.email())).singleElement().satisfies(u -> {
			assertThat(u.key()).isEqualTo("conference-talk:" + slot);
			assertThat(u.when()).isEqualTo(setup.firstDay().atTime(10, 0).atZone(TimeConfiguration.LONDON).toInstant());
			assertThat(u.path()).isEqualTo("/conferences/" + setup.id());
		});
		assertThat(upcoming).filteredOn(u -> u.email().equals(attendee.email())).singleElement()
			.satisfies(u -> assertThat(u.key()).isEqualTo("conference:" + setup.id()));
		assertThat(reminders.upcomingBetween(from.minusSeconds(86_400), from)).extracting(ReminderSource.Upcoming::email)
			.doesNotContain(attendee.email(), speaker.email());
	}
}

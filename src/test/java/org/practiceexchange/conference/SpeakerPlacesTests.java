package org.practiceexchange.conference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Selected speakers hold places outside the public capacity; cancelling a place asks first. */
@IntegrationTest
class SpeakerPlacesTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ConferenceService conferences;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MockMvc mvc;

	private SignedInPerson someone() {
		return accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
	}

	private void select(Long application) throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		mvc.perform(post("/conference-applications/{id}/decision", application).with(user(manager)).with(csrf())
			.param("decision", "SELECT")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSelectedSpeakerHoldsAPlaceThatThePublicCountAndTheWaitingListIgnore() throws Exception {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson delegate = someone();
		SignedInPerson speaker = someone();
		registrations.register(id, delegate.id());
		Long talk = fixtures.anApplication(id, speaker);

		select(talk);

		assertThat(registrations.place(id, speaker.id()).orElseThrow())
			.isEqualTo(new ConferenceViews.MyPlace(Registration.Status.REGISTERED, 0, true));
		assertThat(registrations.place(id, delegate.id()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
		assertThat(registrations.placesLeft(conferences.load(id))).isZero();
		mvc.perform(get("/api/conferences/{id}", id)).andExpect(jsonPath("$.conference.placesLeft").value(0))
			.andExpect(jsonPath("$.conference.capacity").value(1));
		SignedInPerson latecomer = someone();
		assertThat(registrations.register(id, latecomer.id()))
			.isEqualTo(new ConferenceViews.MyPlace(Registration.Status.WAITING, 1, false));
		Document page = Jsoup.parse(mvc.perform(get("/conferences/{id}", id).with(user(speaker))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("you have a speaker’s place");
		assertThat(registrations.attendees(id)).filteredOn(ConferenceViews.AttendeeView::speaker)
			.extracting(ConferenceViews.AttendeeView::personId).containsExactly(speaker.id());
	}

	@Test
	void aSpeakerWhoHeldAPublicPlaceFreesItForTheFirstPersonWaiting() throws Exception {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson speaker = someone();
		SignedInPerson waiting = someone();
		registrations.register(id, speaker.id());
		registrations.register(id, waiting.id());
		Long talk = fixtures.anApplication(id, speaker);

		select(talk);

		assertThat(registrations.place(id, waiting.id()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
		mailbox.awaitMessage(waiting.email(), "You have a place at the");
		assertThat(registrations.place(id, speaker.id()).orElseThrow().speaker()).isTrue();
		assertThat(registrations.placesLeft(conferences.load(id))).isZero();
	}

	@Test
	void aSpeakerOnTheWaitingListIsGivenTheirPlaceWhenSelectedAndASpeakerNeverWaits() throws Exception {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson delegate = someone();
		SignedInPerson speaker = someone();
		SignedInPerson secondSpeaker = someone();
		registrations.register(id, delegate.id());
		registrations.register(id, speaker.id());
		select(fixtures.anApplication(id, speaker));
		select(fixtures.anApplication(id, secondSpeaker));
		registrations.cancel(id, secondSpeaker.id());

		assertThat(registrations.place(id, speaker.id()).orElseThrow())
			.isEqualTo(new ConferenceViews.MyPlace(Registration.Status.REGISTERED, 0, true));
		assertThat(registrations.register(id, secondSpeaker.id()))
			.isEqualTo(new ConferenceViews.MyPlace(Registration.Status.REGISTERED, 0, true));
		assertThat(registrations.placesLeft(conferences.load(id))).isZero();
	}

	@Test
	void cancellingAsksForConfirmationOnAPageOfItsOwnFirst() throws Exception {
		Long id = fixtures.anEdition(5).id();
		SignedInPerson holder = someone();
		registrations.register(id, holder.id());

		Document edition = Jsoup.parse(mvc.perform(get("/conferences/{id}", id).with(user(holder)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(edition.select("form[action=/conferences/" + id + "/registration/cancel]")).isEmpty();
		assertThat(edition.select("a[href=/conferences/" + id + "/registration/cancel]").text())
			.isEqualTo("Cancel my registration");

		Document confirm = Jsoup.parse(mvc.perform(get("/conferences/{id}/registration/cancel", id).with(user(holder)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirm.select("h1").text()).isEqualTo("Cancel your registration?");
		assertThat(confirm.select("form[method=post][action=/conferences/" + id + "/registration/cancel] button").text())
			.isEqualTo("Yes, cancel my registration");
		assertThat(confirm.select("a[href=/conferences/" + id + "]").text()).isEqualTo("No, keep my place");
		assertThat(registrations.place(id, holder.id())).isPresent();

		mvc.perform(post("/conferences/{id}/registration/cancel", id).with(user(holder)).with(csrf()))
			.andExpect(redirectedUrl("/conferences/" + id));
		assertThat(registrations.place(id, holder.id())).isEmpty();
		mvc.perform(get("/conferences/{id}/registration/cancel", id).with(user(holder)))
			.andExpect(redirectedUrl("/conferences/" + id))
			.andExpect(flash().attribute("problem", "You are not registered for this conference"));
	}

	@Test
	void leavingTheWaitingListAsksInItsOwnWords() throws Exception {
		Long id = fixtures.anEdition(1).id();
		registrations.register(id, someone().id());
		SignedInPerson waiting = someone();
		registrations.register(id, waiting.id());

		Document confirm = Jsoup.parse(mvc.perform(get("/conferences/{id}/registration/cancel", id).with(user(waiting)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(confirm.select("h1").text()).isEqualTo("Leave the waiting list?");
		assertThat(confirm.text()).contains("You are number 1 on the waiting list");
		assertThat(confirm.select("form[action=/conferences/" + id + "/registration/cancel] button").text())
			.isEqualTo("Yes, leave the waiting list");
	}
}

package org.practiceexchange.conference;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WaitingListTests {

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

	@Test
	void peopleBeyondTheCapacityJoinTheWaitingListInTheOrderTheyCame() {
		Long id = fixtures.anEdition(2).id();
		SignedInPerson first = someone();
		SignedInPerson second = someone();
		SignedInPerson third = someone();
		SignedInPerson fourth = someone();

		assertThat(registrations.register(id, first.id()).status()).isEqualTo(Registration.Status.REGISTERED);
		assertThat(registrations.register(id, second.id()).status()).isEqualTo(Registration.Status.REGISTERED);
		ConferenceViews.MyPlace waiting = registrations.register(id, third.id());
		assertThat(waiting.status()).isEqualTo(Registration.Status.WAITING);
		assertThat(waiting.position()).isEqualTo(1);
		assertThat(registrations.register(id, fourth.id()).position()).isEqualTo(2);
		assertThat(registrations.placesLeft(conferences.load(id))).isZero();
		assertThatThrownBy(() -> registrations.register(id, third.id())).isInstanceOf(DomainRuleException.class)
			.hasMessage("You are already registered or on the waiting list");
	}

	@Test
	void aCancelledPlaceGoesToTheFirstPersonWaitingWhoIsToldByEmail() throws Exception {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson holder = someone();
		SignedInPerson next = someone();
		SignedInPerson after = someone();
		registrations.register(id, holder.id());
		registrations.register(id, next.id());
		registrations.register(id, after.id());

		mvc.perform(post("/conferences/{id}/registration/cancel", id).with(user(holder)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/conferences/" + id));

		assertThat(registrations.place(id, holder.id())).isEmpty();
		assertThat(registrations.place(id, next.id()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
		assertThat(registrations.place(id, after.id()).orElseThrow().position()).isEqualTo(1);
		var mail = mailbox.awaitMessage(next.email(), "You have a place at the");
		assertThat(mail.body()).contains("moved up from the waiting list").contains("/conferences/" + id);
		assertThat(mailbox.messagesTo(after.email())).noneMatch(m -> m.subject().startsWith("You have a place"));
	}

	@Test
	void leavingTheWaitingListPromotesNobody() {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson holder = someone();
		SignedInPerson waiting = someone();
		SignedInPerson last = someone();
		registrations.register(id, holder.id());
		registrations.register(id, waiting.id());
		registrations.register(id, last.id());

		registrations.cancel(id, waiting.id());

		assertThat(registrations.place(id, holder.id()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
		assertThat(registrations.place(id, last.id()).orElseThrow())
			.isEqualTo(new ConferenceViews.MyPlace(Registration.Status.WAITING, 1, false));
	}

	@Test
	void raisingTheCapacityGivesPlacesToThoseWaiting() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(1);
		SignedInPerson holder = someone();
		SignedInPerson waiting = someone();
		registrations.register(setup.id(), holder.id());
		registrations.register(setup.id(), waiting.id());

		Edition edition = conferences.load(setup.id());
		conferences.update(setup.id(), new ConferenceForms.EditionForm(String.valueOf(edition.year()), edition.title(), null,
				edition.startsOn(), edition.endsOn(), edition.venue(), false, "2", edition.callClosesOn()));

		assertThat(registrations.place(setup.id(), waiting.id()).orElseThrow().status())
			.isEqualTo(Registration.Status.REGISTERED);
		mailbox.awaitMessage(waiting.email(), "You have a place at the");
	}

	@Test
	void cancellingWithoutAPlaceIsRefusedWithAMessage() throws Exception {
		Long id = fixtures.anEdition(5).id();
		mvc.perform(post("/conferences/{id}/registration/cancel", id).with(user(someone())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "You are not registered for this conference"));
	}

	@Test
	void theAttendeeExportKeepsSpreadsheetFormulasAsText() throws Exception {
		Long id = fixtures.anEdition(5).id();
		var sly = accounts.aPerson().named("=HYPERLINK(\"http://evil.example\",\"x\")")
			.withRoles(Role.PRACTITIONER).create();
		registrations.register(id, sly.id());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());

		String csv = mvc.perform(get("/manage/conferences/{id}/attendees.csv", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		StringWriter badges = new StringWriter();
		registrations.writeBadges(id, badges);

		assertThat(csv).startsWith("Name,Email,Organisation,Status,Registered,Speaker").contains("\"'=HYPERLINK(");
		assertThat(badges.toString()).contains("\"'=HYPERLINK(").contains("Delegate");
	}
}

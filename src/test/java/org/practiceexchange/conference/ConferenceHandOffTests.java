package org.practiceexchange.conference;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.Delivery;
import org.practiceexchange.notification.NotificationChoices;
import org.practiceexchange.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conference's hand-offs by e-mail: a registration confirmed at once, a place given from the
 * waiting list (both CONFERENCE_PLACE), and the decision on a talk (TALK_DECISION), each following
 * the person's choice for its kind.
 */
@IntegrationTest
class ConferenceHandOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	ConferenceService conferences;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	NotificationChoices notifications;

	private SignedInPerson someone() {
		return accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
	}

	private void register(Long id, SignedInPerson person) throws Exception {
		mvc.perform(post("/conferences/{id}/registration", id).with(user(person)).with(csrf()))
			.andExpect(redirectedUrl("/conferences/" + id));
	}

	@Test
	void registeringIsConfirmedAtOnceWithTheLinkAndAPlaceOnTheWaitingListSaysWhere() throws Exception {
		Long id = fixtures.anEdition(1).id();
		String title = conferences.find(id).title();
		SignedInPerson first = someone();
		SignedInPerson second = someone();

		register(id, first);
		ReceivedMail confirmed = mailbox.awaitMessage(first.email(), "Your place at the " + title + " is confirmed");
		assertThat(confirmed.body()).contains(first.name()).contains("6 July").contains("Test Centre");
		assertThat(confirmed.hasLinkTo("/conferences/" + id)).isTrue();

		register(id, second);
		ReceivedMail waiting = mailbox.awaitMessage(second.email(), "You are on the waiting list for the " + title);
		assertThat(waiting.body()).contains("you are number 1");
		assertThat(waiting.hasLinkTo("/conferences/" + id)).isTrue();
	}

	@Test
	void aPlaceFromTheWaitingListIsItsOwnKindAndFollowsTheChoiceForIt() throws Exception {
		Long id = fixtures.anEdition(1).id();
		String title = conferences.find(id).title();
		SignedInPerson holder = someone();
		SignedInPerson next = someone();
		register(id, holder);
		register(id, next);
		mailbox.awaitMessage(next.email(), "waiting list");
		// decisions switched off no longer silence it: the place has its own kind
		NotificationChoices.choose(mvc, next, NotificationKind.DECISION, Delivery.OFF);

		mvc.perform(post("/conferences/{id}/registration/cancel", id).with(user(holder)).with(csrf()))
			.andExpect(redirectedUrl("/conferences/" + id));

		ReceivedMail promoted = mailbox.awaitMessage(next.email(), "You have a place at the " + title);
		assertThat(promoted.body()).contains("moved up from the waiting list");
		assertThat(promoted.hasLinkTo("/conferences/" + id)).isTrue();
	}

	@Test
	void withConferencePlacesOffNothingComesAndInTheDigestTheyComeOnceADay() throws Exception {
		Long id = fixtures.anEdition(1).id();
		String title = conferences.find(id).title();
		SignedInPerson quiet = someone();
		SignedInPerson gathered = someone();
		SignedInPerson holder = someone();
		NotificationChoices.choose(mvc, quiet, NotificationKind.CONFERENCE_PLACE, Delivery.OFF);
		NotificationChoices.choose(mvc, gathered, NotificationKind.CONFERENCE_PLACE, Delivery.DAILY_DIGEST);

		register(id, holder);
		register(id, quiet);
		register(id, gathered);
		mailbox.awaitMessage(holder.email(), "is confirmed");
		mvc.perform(post("/conferences/{id}/registration/cancel", id).with(user(holder)).with(csrf()))
			.andExpect(redirectedUrl("/conferences/" + id));
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
		assertThat(mailbox.messagesTo(gathered.email())).isEmpty();

		notifications.sendDigestNow();
		ReceivedMail digest = mailbox.awaitMessage(gathered.email(), "Your Practice Exchange digest: 1 update");
		assertThat(digest.body()).contains("You are on the waiting list for the " + title).contains("you are number 2");
		assertThat(digest.hasLinkTo("/conferences/" + id)).isTrue();
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
	}

	@Test
	void aSpeakerSelectedOrNotHearsItAsATalkDecisionWithTheLink() throws Exception {
		Long id = fixtures.anEdition(100).id();
		String title = conferences.find(id).title();
		SignedInPerson reviewer = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson chosen = someone();
		SignedInPerson declined = someone();
		Long chosenTalk = fixtures.anApplication(id, chosen);
		Long declinedTalk = fixtures.anApplication(id, declined);
		NotificationChoices.choose(mvc, chosen, NotificationKind.DECISION, Delivery.OFF);

		mvc.perform(post("/conference-applications/{id}/decision", chosenTalk).with(user(reviewer)).with(csrf())
			.param("decision", "SELECT")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/conference-applications/{id}/decision", declinedTalk).with(user(reviewer)).with(csrf())
			.param("decision", "DECLINE")).andExpect(status().is3xxRedirection());

		ReceivedMail selected = mailbox.awaitMessage(chosen.email(), "Your talk has been selected for the " + title);
		assertThat(selected.body()).contains("has been selected for the programme");
		assertThat(selected.hasLinkTo("/conference-applications/" + chosenTalk)).isTrue();
		ReceivedMail notSelected = mailbox.awaitMessage(declined.email(), "Your application to present at the " + title);
		assertThat(notSelected.body()).contains("cannot offer it a slot");
		assertThat(notSelected.hasLinkTo("/conference-applications/" + declinedTalk)).isTrue();
	}

	@Test
	void withTalkDecisionsOffNothingComesAndInTheDigestTheyComeOnceADay() throws Exception {
		Long id = fixtures.anEdition(100).id();
		String title = conferences.find(id).title();
		SignedInPerson reviewer = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson quiet = someone();
		SignedInPerson gathered = someone();
		Long quietTalk = fixtures.anApplication(id, quiet);
		Long gatheredTalk = fixtures.anApplication(id, gathered);
		NotificationChoices.choose(mvc, quiet, NotificationKind.TALK_DECISION, Delivery.OFF);
		NotificationChoices.choose(mvc, gathered, NotificationKind.TALK_DECISION, Delivery.DAILY_DIGEST);

		mvc.perform(post("/conference-applications/{id}/decision", quietTalk).with(user(reviewer)).with(csrf())
			.param("decision", "SELECT")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/conference-applications/{id}/decision", gatheredTalk).with(user(reviewer)).with(csrf())
			.param("decision", "SELECT")).andExpect(status().is3xxRedirection());
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
		assertThat(mailbox.messagesTo(gathered.email())).isEmpty();

		notifications.sendDigestNow();
		ReceivedMail digest = mailbox.awaitMessage(gathered.email(), "Your Practice Exchange digest: 1 update");
		assertThat(digest.body()).contains("Your talk has been selected for the " + title);
		assertThat(digest.hasLinkTo("/conference-applications/" + gatheredTalk)).isTrue();
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
	}

	@Test
	void theConferenceKindsAreOnThePreferencesPage() throws Exception {
		mvc.perform(get("/account/notifications").with(user(someone())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"CONFERENCE_PLACE-DAILY_DIGEST\"")))
			.andExpect(content().string(containsString("Your conference registrations and places from the waiting list")))
			.andExpect(content().string(containsString("id=\"TALK_DECISION-OFF\"")))
			.andExpect(content().string(containsString("Decisions on your applications to speak at a conference")));
	}
}

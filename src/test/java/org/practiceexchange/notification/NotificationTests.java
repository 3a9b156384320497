package org.practiceexchange.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	Mail mail;

	@Autowired
	DailyDigest digest;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	GreenMail greenMail;

	@Test
	void notificationsGoStraightAwayByDefault() {
		String to = AccountFixtures.unique("someone") + "@example.org";
		transactions.executeWithoutResult(status -> mail.notify(to, NotificationKind.DECISION, "Decision made", "Accepted."));
		assertThat(TestMailServer.body(TestMailServer.awaitMessage(greenMail, to, "Decision made"))).contains("Accepted.");
	}

	@Test
	void aDeliveredMessageIsMarkedSentAndNeverSentAgain() {
		String to = AccountFixtures.unique("once") + "@example.org";
		Instant before = clock.instant();
		transactions.executeWithoutResult(status -> mail.send(to, "Only once", "Body"));
		TestMailServer.awaitMessage(greenMail, to, "Only once");
		OutboxMessage message = outbox.findAll().stream().filter(m -> m.recipient().equals(to)).findFirst().orElseThrow();
		assertThat(message.sentAt()).isAfterOrEqualTo(before.minusSeconds(1));
		assertThat(message.attempts()).isEqualTo(1);
	}

	@Test
	void dailyDigestGathersHeldNotificationsIntoOneEmail() {
		String to = AccountFixtures.unique("digest") + "@example.org";
		preferences.choose(to, Map.of(NotificationKind.REMINDER, Delivery.DAILY_DIGEST, NotificationKind.DECISION, Delivery.DAILY_DIGEST));
		transactions.executeWithoutResult(status -> {
			mail.notify(to, NotificationKind.REMINDER, "Session on Tuesday", "Methodology day two.");
			mail.notify(to, NotificationKind.DECISION, "Application accepted", "Welcome.");
		});
		assertThat(received(to)).isZero();

		digest.send();
		Message sent = TestMailServer.awaitMessage(greenMail, to, "Your Practice Exchange digest: 2 updates");
		assertThat(TestMailServer.body(sent)).contains("Session on Tuesday").contains("Methodology day two.")
			.contains("Application accepted");
		digest.send();
		assertThat(received(to)).isEqualTo(1);
	}

	@Test
	void notificationsSwitchedOffAreNotSentButAccountMessagesStillAre() {
		String to = AccountFixtures.unique("quiet") + "@example.org";
		preferences.choose(to, Map.of(NotificationKind.INVITATION, Delivery.OFF));
		transactions.executeWithoutResult(status -> {
			mail.notify(to, NotificationKind.INVITATION, "Join our group", "Please join.");
			mail.send(to, "Reset your password", "Link.");
		});
		TestMailServer.awaitMessage(greenMail, to, "Reset your password");
		digest.send();
		assertThat(received(to)).isEqualTo(1);
	}

	@Test
	void aMessageThatCannotBeSentIsKeptForRetryAndTheActionStands() {
		Instant before = clock.instant();
		transactions.executeWithoutResult(status -> mail.send("not an address", "Broken", "Body"));
		OutboxMessage message = outbox.findAll().stream()
			.filter(m -> m.recipient().equals("not an address") && !m.createdAtBefore(before))
			.findFirst().orElseThrow();
		assertThat(message.sentAt()).isNull();
		assertThat(message.attempts()).isEqualTo(1);
	}

	@Test
	void personChoosesPerKindOnTheirAccountAndAMissingChoiceIsExplained() throws Exception {
		SignedInPerson person = accounts.aPerson(Role.PRACTITIONER);
		mvc.perform(get("/account/notifications").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"REMINDER-DAILY_DIGEST\"")));
		mvc.perform(post("/account/notifications").with(user(person)).with(csrf())
			.param("INVITATION", "IMMEDIATELY").param("DECISION", "OFF").param("SIGN_OFF_REQUEST", "IMMEDIATELY")
			.param("REMINDER", "DAILY_DIGEST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how you want to get messages about replies in your communities")));
		assertThat(preferences.deliveryOf(person.email(), NotificationKind.DECISION)).isEqualTo(Delivery.IMMEDIATELY);

		mvc.perform(post("/account/notifications").with(user(person)).with(csrf())
			.param("INVITATION", "IMMEDIATELY").param("DECISION", "OFF").param("SIGN_OFF_REQUEST", "IMMEDIATELY")
			.param("REMINDER", "DAILY_DIGEST").param("COMMUNITY_REPLY", "OFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how you want to get messages about requests to join communities you moderate")));

		mvc.perform(post("/account/notifications").with(user(person)).with(csrf())
			.param("INVITATION", "IMMEDIATELY").param("DECISION", "OFF").param("SIGN_OFF_REQUEST", "IMMEDIATELY")
			.param("REMINDER", "DAILY_DIGEST").param("COMMUNITY_REPLY", "OFF").param("COMMUNITY_REQUEST", "DAILY_DIGEST")
			.param("MENTOR_COMMENT", "IMMEDIATELY").param("PLAN_REVISED", "DAILY_DIGEST").param("INQUIRY_STAGE", "OFF")
			.param("REVIEW_ASSIGNMENT", "IMMEDIATELY").param("CONFERENCE_PLACE", "DAILY_DIGEST").param("TALK_DECISION", "OFF"))
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(preferences.deliveryOf(person.email().toUpperCase(), NotificationKind.DECISION)).isEqualTo(Delivery.OFF);
		assertThat(preferences.deliveryOf(person.email(), NotificationKind.REMINDER)).isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(preferences.deliveryOf(person.email(), NotificationKind.COMMUNITY_REQUEST)).isEqualTo(Delivery.DAILY_DIGEST);
		mvc.perform(get("/account/notifications").with(user(person)))
			.andExpect(content().string(containsString("Requests to join communities you moderate")));
	}

	@Test
	void preferencesNeedSignIn() throws Exception {
		mvc.perform(get("/account/notifications")).andExpect(redirectedUrl("/login"));
	}

	private long received(String to) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}
}

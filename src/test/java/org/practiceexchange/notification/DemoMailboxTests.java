package org.practiceexchange.notification;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo mail server on its own: a real SMTP server on a free port, sent to as the app sends. */
class DemoMailboxTests {

	DemoMailbox mailbox;

	JavaMailSenderImpl sender;

	@BeforeEach
	void startOnAFreePort() {
		mailbox = new DemoMailbox("127.0.0.1", 0);
		mailbox.start();
		sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(mailbox.port());
	}

	@AfterEach
	void stop() {
		mailbox.stop();
	}

	@Test
	void caughtMailIsListedNewestFirstWithItsRecipientSubjectAndTime() {
		send("first@example.org", "Confirm your account", "Hello");
		send("second@example.org", "Your application", "Accepted.");

		List<DemoMailbox.CaughtMail> caught = mailbox.newestFirst();

		assertThat(caught).extracting(DemoMailbox.CaughtMail::number).containsExactly(2, 1);
		assertThat(caught).extracting(DemoMailbox.CaughtMail::to).containsExactly("second@example.org", "first@example.org");
		assertThat(caught).extracting(DemoMailbox.CaughtMail::subject).containsExactly("Your application", "Confirm your account");
		assertThat(caught).allSatisfy(mail -> assertThat(mail.sentAt()).isNotNull());
	}

	@Test
	void eachMessageIsReadableByNumberWithItsLinksSeparatedFromTheText() {
		send("newcomer@example.org", "Confirm your account",
				"Welcome.\n\nFollow http://localhost:8080/register/verify?token=abc123 to confirm.\nThanks");

		DemoMailbox.CaughtMail mail = mailbox.find(1).orElseThrow();

		assertThat(mail.text()).contains("token=abc123");
		List<List<List<DemoMailbox.Part>>> paragraphs = mail.paragraphs();
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(1).get(0)).containsExactly(new DemoMailbox.Part("Follow ", false),
				new DemoMailbox.Part("http://localhost:8080/register/verify?token=abc123", true),
				new DemoMailbox.Part(" to confirm.", false));
		assertThat(paragraphs.get(1).get(1)).containsExactly(new DemoMailbox.Part("Thanks", false));
	}

	@Test
	void aNumberNoMessageHasFindsNothing() {
		send("someone@example.org", "Hello", "Hi");

		assertThat(mailbox.find(0)).isEmpty();
		assertThat(mailbox.find(2)).isEmpty();
	}

	private void send(String to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@practice-exchange.test");
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		sender.send(message);
	}
}

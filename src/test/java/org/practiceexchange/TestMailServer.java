package org.practiceexchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/** Reading what reached the test SMTP server (see {@link IntegrationTestConfiguration}). */
public final class TestMailServer {

	private TestMailServer() {
	}

	/** Waits (at most 10 s) for a message to the address whose subject contains the text. */
	public static Message awaitMessage(GreenMail greenMail, String to, String subjectContains) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			Optional<Message> found = find(greenMail, to, subjectContains);
			if (found.isPresent()) {
				return found.get();
			}
			greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No e-mail to " + to + " with subject containing '" + subjectContains + "' within 10 s; received: "
				+ Arrays.stream(greenMail.getReceivedMessages()).map(TestMailServer::describe).toList());
	}

	public static String body(Message message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	private static Optional<Message> find(GreenMail greenMail, String to, String subjectContains) {
		return Arrays.stream(greenMail.getReceivedMessages()).map(Message.class::cast).filter(message -> {
			try {
				List<String> recipients = Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
				return recipients.contains(to) && message.getSubject().contains(subjectContains);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).reduce((first, second) -> second);
	}

	private static String describe(Message message) {
		try {
			return Arrays.toString(message.getAllRecipients()) + " " + message.getSubject();
		}
		catch (MessagingException ex) {
			return ex.getMessage();
		}
	}
}

package org.practiceexchange;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The messages that reached the test SMTP server. Waits are bounded: a message that does not
 * arrive in time fails the test, saying what did arrive for that address.
 */
public class Mailbox {

	static final Duration PATIENCE = Duration.ofSeconds(15);

	private final GreenMail server;

	Mailbox(GreenMail server) {
		this.server = server;
	}

	/** Waits for a message to the address whose subject contains the text. */
	public ReceivedMail awaitMessage(String to, String subjectContains) {
		Predicate<ReceivedMail> wanted = mail -> mail.subject().contains(subjectContains);
		try {
			return await().atMost(PATIENCE)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> messagesTo(to).stream().filter(wanted).findFirst(), Optional::isPresent)
				.orElseThrow();
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No mail to " + to + " with a subject containing '" + subjectContains
					+ "' arrived within " + PATIENCE.toSeconds() + " s. Mail to that address: " + messagesTo(to));
		}
	}

	/** Every message the server has received for the address, oldest first. */
	public List<ReceivedMail> messagesTo(String to) {
		return Arrays.stream(server.getReceivedMessages())
			.filter(message -> isFor(message, to))
			.map(Mailbox::read)
			.toList();
	}

	private static boolean isFor(MimeMessage message, String to) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch(address -> address instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The decoded text of a plain message (quoted-printable or not); the raw body of anything else. */
	private static String text(MimeMessage message) throws MessagingException {
		try {
			Object content = message.getContent();
			return content instanceof String text ? text : GreenMailUtil.getBody(message);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ReceivedMail read(MimeMessage message) {
		try {
			String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
			String from = message.getFrom() == null ? null : message.getFrom()[0].toString();
			return new ReceivedMail(from, to, message.getSubject(), text(message).replace("\r\n", "\n"));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

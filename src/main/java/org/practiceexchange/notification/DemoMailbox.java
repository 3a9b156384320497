package org.practiceexchange.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server inside the app that keeps every message it is sent, for demo mode: a newcomer
 * registers and reads the verification e-mail at {@code /demo/mail} without a mail server of their
 * own. Built on GreenMail (a real SMTP server), started only by {@link DemoMailServer}.
 */
class DemoMailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	/** One message caught: {@code number} counts from 1 in the order they arrived. */
	record CaughtMail(int number, String to, String subject, Instant sentAt, String text) {

		/** The text in paragraphs of lines, each line in parts that are plain text or a link. */
		public List<List<List<Part>>> paragraphs() {
			List<List<List<Part>>> paragraphs = new ArrayList<>();
			for (String paragraph : text.strip().split("\\n\\s*\\n")) {
				paragraphs.add(Arrays.stream(paragraph.split("\\n")).map(CaughtMail::parts).toList());
			}
			return paragraphs;
		}

		private static List<Part> parts(String line) {
			List<Part> parts = new ArrayList<>();
			Matcher links = LINK.matcher(line);
			int at = 0;
			while (links.find()) {
				if (links.start() > at) {
					parts.add(new Part(line.substring(at, links.start()), false));
				}
				parts.add(new Part(links.group(), true));
				at = links.end();
			}
			if (at < line.length()) {
				parts.add(new Part(line.substring(at), false));
			}
			return parts;
		}
	}

	/** Plain text, or (when {@code link}) an address to show as a link. */
	record Part(String text, boolean link) {
	}

	private final GreenMail server;

	/** Listens on the host and port; port 0 picks a free one (see {@link #port()}). */
	DemoMailbox(String host, int port) {
		ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
		this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
	}

	void start() {
		server.start();
	}

	void stop() {
		server.stop();
	}

	int port() {
		return server.getSmtp().getPort();
	}

	/** Every message caught, newest first. */
	List<CaughtMail> newestFirst() {
		MimeMessage[] received = server.getReceivedMessages();
		List<CaughtMail> caught = new ArrayList<>();
		for (int i = received.length - 1; i >= 0; i--) {
			caught.add(read(i + 1, received[i]));
		}
		return caught;
	}

	Optional<CaughtMail> find(int number) {
		MimeMessage[] received = server.getReceivedMessages();
		if (number < 1 || number > received.length) {
			return Optional.empty();
		}
		return Optional.of(read(number, received[number - 1]));
	}

	private static CaughtMail read(int number, MimeMessage message) {
		try {
			String to = message.getAllRecipients() == null ? ""
					: Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", "));
			Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
			Object content = message.getContent();
			String text = content instanceof String plain ? plain : GreenMailUtil.getBody(message);
			return new CaughtMail(number, to, message.getSubject(), sentAt, text.replace("\r\n", "\n"));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not read caught message " + number, ex);
		}
	}
}

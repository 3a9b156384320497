package org.practiceexchange.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where demo mode's mail goes: always where the mail settings say. The demo viewer catches it only on
 * the configured port when that port is free (or on a free port when the settings ask for port 0);
 * it never moves a node's mail away from a server already listening there, as it once moved the
 * cluster bench's mail away from its SMTP sink.
 */
class DemoMailServerTests {

	final JavaMailSenderImpl sender = new JavaMailSenderImpl();

	DemoMailServer demo;

	GreenMail other;

	@AfterEach
	void stop() {
		if (demo != null) {
			demo.destroy();
		}
		if (other != null) {
			other.stop();
		}
	}

	@Test
	void aPortTakenByAnotherSmtpServerKeepsTheMailGoingToThatServerAndTheViewerOff() throws Exception {
		other = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		other.start();
		int port = other.getSmtp().getPort();

		demo = start(true, "127.0.0.1", port);

		assertThat(demo.mailbox()).isEmpty();
		assertThat(sender.getPort()).isEqualTo(port);
		send("someone@example.org", "Your response");
		assertThat(subjects(other)).containsExactly("Your response");
	}

	@Test
	void aFreeConfiguredPortIsWhereTheViewerCatchesTheMail() throws Exception {
		int port = freePort();

		demo = start(true, "localhost", port);

		assertThat(demo.mailbox()).hasValueSatisfying(mailbox -> assertThat(mailbox.port()).isEqualTo(port));
		assertThat(sender.getPort()).isEqualTo(port);
		send("newcomer@example.org", "Confirm your account");
		assertThat(demo.mailbox().orElseThrow().newestFirst()).extracting(DemoMailbox.CaughtMail::subject)
			.containsExactly("Confirm your account");
	}

	@Test
	void turnedOffNothingListensAndTheSettingsStandAsTheyAre() throws Exception {
		int port = freePort();

		demo = start(false, "127.0.0.1", port);

		assertThat(demo.mailbox()).isEmpty();
		assertThat(sender.getPort()).isEqualTo(port);
		assertThat(free(port)).as("nothing listens on %d", port).isTrue();
	}

	@Test
	void portZeroAsksForAFreePortAndTheMailIsSentThere() throws Exception {
		demo = start(true, "127.0.0.1", 0);

		int caughtOn = demo.mailbox().orElseThrow().port();
		assertThat(caughtOn).isPositive();
		assertThat(sender.getPort()).isEqualTo(caughtOn);
		send("newcomer@example.org", "Confirm your account");
		assertThat(demo.mailbox().orElseThrow().newestFirst()).hasSize(1);
	}

	@Test
	void anotherMailHostStartsNothing() {
		demo = start(true, "smtp.example.org", 25);

		assertThat(demo.mailbox()).isEmpty();
		assertThat(sender.getPort()).isEqualTo(25);
	}

	private DemoMailServer start(boolean wanted, String host, int port) {
		sender.setHost(host);
		sender.setPort(port);
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
		DemoMailServer server = new DemoMailServer(wanted, host, port, beans.getBeanProvider(JavaMailSender.class));
		server.afterPropertiesSet();
		return server;
	}

	private void send(String to, String subject) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@practice-exchange.test");
		message.setTo(to);
		message.setSubject(subject);
		message.setText("Hello");
		sender.send(message);
	}

	private static java.util.List<String> subjects(GreenMail server) {
		return Arrays.stream(server.getReceivedMessages()).map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}

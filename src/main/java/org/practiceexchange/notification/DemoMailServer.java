package org.practiceexchange.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: catches the app's mail on the SMTP port the mail settings name
 * ({@code spring.mail.port}, 2525 by default) and lists it at {@code /demo/mail}.
 *
 * <p>The app's mail always goes where the settings say. When that port is already taken (another
 * SMTP server, or another node's viewer) the viewer stays off and the mail goes to whoever listens
 * there; it is never moved elsewhere. Nothing starts when the settings name another host, or with
 * {@code exchange.demo-mail-viewer=false} (several demo nodes sending to one real mail server). Only
 * {@code spring.mail.port=0} asks for a free port, and then the mail is sent to it.
 */
@Component
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMailServer implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	private final boolean wanted;

	private final String host;

	private final int port;

	private final ObjectProvider<JavaMailSender> sender;

	private DemoMailbox mailbox;

	DemoMailServer(@Value("${exchange.demo-mail-viewer:true}") boolean wanted,
			@Value("${spring.mail.host:localhost}") String host, @Value("${spring.mail.port:2525}") int port,
			ObjectProvider<JavaMailSender> sender) {
		this.wanted = wanted;
		this.host = host;
		this.port = port;
		this.sender = sender;
	}

	@Override
	public void afterPropertiesSet() {
		if (!wanted) {
			log.info("Demo mail viewer off (exchange.demo-mail-viewer=false): mail goes to {}:{}", host, port);
			return;
		}
		if (!List.of("localhost", "127.0.0.1").contains(host)) {
			log.info("Demo mail viewer off: mail goes to {}", host);
			return;
		}
		if (port != 0 && taken(port)) {
			log.warn("Demo mail viewer off: port {} is taken by another server, so the app's mail goes to it", port);
			return;
		}
		mailbox = startOn(port).orElse(null);
		if (mailbox == null) {
			return;
		}
		if (port == 0 && sender.getIfAvailable() instanceof JavaMailSenderImpl impl) {
			impl.setPort(mailbox.port());
		}
		log.info("Demo mail: the app's e-mail is caught on port {} and shown at /demo/mail", mailbox.port());
	}

	/** Whether something already listens on the loopback port (GreenMail starts in the background and hides a bind failure). */
	private static boolean taken(int candidate) {
		try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getByName("127.0.0.1"))) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private Optional<DemoMailbox> startOn(int candidate) {
		DemoMailbox server = new DemoMailbox("127.0.0.1", candidate);
		try {
			server.start();
			return Optional.of(server);
		}
		catch (RuntimeException ex) {
			log.warn("Demo mail viewer off: could not listen on port {}: {}", candidate, ex.getMessage());
			server.stop();
			return Optional.empty();
		}
	}

	/** The caught mail, if the server is running. */
	Optional<DemoMailbox> mailbox() {
		return Optional.ofNullable(mailbox);
	}

	@Override
	public void destroy() {
		if (mailbox != null) {
			mailbox.stop();
		}
	}
}

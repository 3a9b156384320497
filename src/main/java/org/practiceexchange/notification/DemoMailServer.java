package org.practiceexchange.notification;

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
 * ({@code spring.mail.port}, 2525 by default). When that port is taken it listens on a free one and
 * points the app's mail sender there instead. When the settings name another host, real mail is
 * configured and nothing starts.
 */
@Component
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMailServer implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	private final String host;

	private final int port;

	private final ObjectProvider<JavaMailSender> sender;

	private DemoMailbox mailbox;

	DemoMailServer(@Value("${spring.mail.host:localhost}") String host, @Value("${spring.mail.port:2525}") int port,
			ObjectProvider<JavaMailSender> sender) {
		this.host = host;
		this.port = port;
		this.sender = sender;
	}

	@Override
	public void afterPropertiesSet() {
		if (!List.of("localhost", "127.0.0.1").contains(host)) {
			log.info("Demo mail viewer off: mail goes to {}", host);
			return;
		}
		mailbox = startOn(port).or(() -> startOn(0)).orElse(null);
		if (mailbox != null && mailbox.port() != port && sender.getIfAvailable() instanceof JavaMailSenderImpl impl) {
			impl.setPort(mailbox.port());
		}
		if (mailbox != null) {
			log.info("Demo mail: the app's e-mail is caught on port {} and shown at /demo/mail", mailbox.port());
		}
	}

	private Optional<DemoMailbox> startOn(int candidate) {
		DemoMailbox server = new DemoMailbox("127.0.0.1", candidate);
		try {
			server.start();
			return Optional.of(server);
		}
		catch (RuntimeException ex) {
			log.warn("Demo mail server could not listen on port {}: {}", candidate, ex.getMessage());
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

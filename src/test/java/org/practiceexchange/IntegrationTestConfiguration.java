package org.practiceexchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What {@link IntegrationTest} adds to the application: a real SMTP server and a data dir. Fixtures
 * are components of the test sources, found by the application's component scan.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

	/** GreenMail is a real SMTP server in this JVM, on a free port: the app sends to it as to any other. */
	@Bean(destroyMethod = "stop")
	GreenMail smtpServer() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	@Bean
	Mailbox mailbox(GreenMail smtpServer) {
		return new Mailbox(smtpServer);
	}

	@Bean
	DynamicPropertyRegistrar smtpServerProperties(GreenMail smtpServer) {
		return registry -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
		};
	}

	/** Everything the app writes (search index, uploads) goes under target/, fresh for each context. */
	@Bean
	DynamicPropertyRegistrar dataDirectory() throws IOException {
		Path root = Files.createDirectories(Path.of("target", "test-data"));
		Path directory = Files.createTempDirectory(root, "exchange-");
		return registry -> registry.add("exchange.data-dir", directory::toString);
	}
}

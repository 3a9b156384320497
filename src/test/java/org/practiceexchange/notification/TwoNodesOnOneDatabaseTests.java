package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceexchange.PracticeExchangeApplication;
import org.practiceexchange.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes ({@code exchange.cluster=true}, {@code exchange.demo=true}, files in the database) started at the
 * same moment on one empty database, as when a cluster first comes up: the demo data is loaded once (each demo
 * record exists once). On H2 the nodes share a named in-memory database; on PostgreSQL a
 * schema of its own in the run's database.
 */
class TwoNodesOnOneDatabaseTests {

	static final String DATABASE = "two_nodes";

	static GreenMail smtp;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodesAtOnce() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> node("a", together));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> node("b", together));
		try {
			nodeA = a.join();
		}
		finally {
			nodeB = b.join();
		}
	}

	@AfterAll
	static void stopThem() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void eachDemoRecordExistsOnceAfterBothNodesLoadedTheDemoData() {
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("person", "lower(email)");
		keys.put("organisation", "name");
		keys.put("theme", "name");
		keys.put("programme", "name");
		keys.put("cohort", "name");
		keys.put("project", "title");
		keys.put("inquiry", "title");
		keys.put("funding_call", "title");
		keys.put("output", "title");
		keys.put("consultation", "title");
		keys.put("community", "name");
		keys.put("conference_edition", "title");
		keys.put("synthesis", "title");
		Map<String, Long> rows = new LinkedHashMap<>();
		for (Map.Entry<String, String> key : keys.entrySet()) {
			rows.put(key.getKey(), jdbc.queryForObject("select count(*) from " + key.getKey(), Long.class));
			List<String> twice = jdbc.queryForList("select " + key.getValue() + " from " + key.getKey() + " group by "
					+ key.getValue() + " having count(*) > 1", String.class);
			assertThat(twice).as("demo %s loaded more than once", key.getKey()).isEmpty();
		}
		assertThat(rows).as("every kind of demo record is there").allSatisfy((table, count) -> assertThat(count).isPositive());
		assertThat(jdbc.queryForObject("select count(*) from person where email = 'manager@demo.test'", Long.class)).isEqualTo(1);
		// The demo outputs' files went to the shared store, once each.
		assertThat(jdbc.queryForObject("select count(*) from stored_file", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from output_file", Long.class))
			.isPositive();
	}

	private static void deliverOn(ConfigurableApplicationContext node, CyclicBarrier start) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		node.getBean(OutboxDelivery.class).deliverClaimed();
	}

	/**
	 * What reached any SMTP server in play: this test's, and the one each node may start itself (the nodes' component
	 * scan also finds the suite's test configuration, whose SMTP server and port may win over the command line).
	 * A delivery lands in exactly one server, so counting across them counts deliveries.
	 */
	private static List<String> received(String to) {
		java.util.Set<GreenMail> servers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		servers.add(smtp);
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			servers.addAll(node.getBeansOfType(GreenMail.class).values());
		}
		return servers.stream().flatMap(server -> Arrays.stream(server.getReceivedMessages()))
			.filter(message -> sentTo(message, to)).map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static boolean sentTo(Message message, String to) {
		try {
			return message.getAllRecipients() != null
					&& Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext node(String name, CyclicBarrier together) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--exchange.cluster=true", "--exchange.demo=true",
				"--exchange.files.store=database", "--exchange.data-dir=target/test-data/two-nodes-" + name,
				"--spring.jpa.properties.hibernate.search.backend.directory.root=target/test-data/two-nodes-" + name + "/search",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.jmx.enabled=false"));
		if (TestDatabase.isPostgresql()) {
			String url = TestDatabase.requestedUrl().orElseThrow();
			args.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + DATABASE);
			args.add("--spring.flyway.schemas=" + DATABASE);
			args.add("--spring.flyway.default-schema=" + DATABASE);
		}
		else {
			args.add("--spring.datasource.url=jdbc:h2:mem:" + DATABASE
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new SpringApplicationBuilder(PracticeExchangeApplication.class).profiles("test").run(args.toArray(String[]::new));
	}
}

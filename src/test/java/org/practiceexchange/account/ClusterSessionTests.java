package org.practiceexchange.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.PracticeExchangeApplication;
import org.practiceexchange.TestDatabase;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes with {@code exchange.cluster=true} on one database, each on its own port, as behind a load
 * balancer: the session a person signs in with on one node is theirs on the other, signing out on either
 * ends it on both, and a manager's change to someone's roles on one node ends their session on the other.
 * On H2 the nodes share a named in-memory database; in the PostgreSQL phase a schema of the phase's database.
 * Node A runs the migrations; node B finds them done.
 */
class ClusterSessionTests {

	static final String DATABASE = "cluster_sessions";

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node("a", true);
		nodeB = node("b", false);
	}

	@AfterAll
	static void stopThem() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void signedInOnOneNodeIsSignedInOnTheOtherAndSigningOutOnEitherEndsItOnBoth() {
		TestPerson person = nodeA.getBean(AccountFixtures.class).aPractitioner();
		HttpVisitor onA = new HttpVisitor(port(nodeA));

		HttpResponse<String> signIn = onA.signIn(person.email(), person.password());
		String sessionCookie = signIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("PXSESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No PXSESSION cookie on sign-in: " + signIn.headers().map()));
		assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax");
		String session = onA.cookie("PXSESSION").orElseThrow();
		assertThat(jdbc().queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, person.email())).isEqualTo(3600);

		HttpVisitor onB = sameBrowserOn(nodeB, onA);
		HttpResponse<String> home = onB.get("/home");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(person.name());

		HttpResponse<String> signOut = onB.post("/logout", Map.of("_csrf", onB.csrfTokenOf("/home")));
		assertThat(signOut.headers().firstValue("Location").orElse("")).endsWith("/login?signedOut");

		HttpVisitor oldCookieOnA = new HttpVisitor(port(nodeA));
		oldCookieOnA.setCookie("PXSESSION", session);
		HttpResponse<String> afterSignOut = oldCookieOnA.get("/home");
		assertThat(afterSignOut.statusCode()).isEqualTo(302);
		assertThat(afterSignOut.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(jdbc().queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				person.email())).isZero();
	}

	@Test
	void aManagersRoleChangeOnOneNodeEndsThePersonsSessionOnTheOther() {
		AccountFixtures fixtures = nodeA.getBean(AccountFixtures.class);
		OrganisationSummary college = fixtures.anOrganisation();
		TestPerson person = fixtures.aPerson().withRoles(Role.PRACTITIONER).at(college).create();
		TestPerson manager = fixtures.aProgrammeManager();
		HttpVisitor theirs = new HttpVisitor(port(nodeB));
		theirs.signIn(person.email(), person.password());
		assertThat(theirs.get("/home").statusCode()).isEqualTo(200);

		HttpVisitor managerOnA = new HttpVisitor(port(nodeA));
		managerOnA.signIn(manager.email(), manager.password());
		String page = "/manage/people/" + person.id();
		HttpResponse<String> changed = managerOnA.post(page,
				Map.of("_csrf", managerOnA.csrfTokenOf(page), "name", person.name(), "email", person.email(), "roles",
						"MENTOR", "organisationIds", college.id().toString()));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		assertThat(fixtures.current(person).roles()).containsExactly(Role.MENTOR);

		HttpResponse<String> ended = theirs.get("/home");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
		assertThat(managerOnA.get("/home").statusCode()).isEqualTo(200);
		assertThat(sameBrowserOn(nodeB, managerOnA).get("/home").statusCode()).isEqualTo(200);
	}

	/** Another visitor on the node, holding the cookies this one holds: the same browser, routed elsewhere. */
	private static HttpVisitor sameBrowserOn(ConfigurableApplicationContext node, HttpVisitor browser) {
		HttpVisitor visitor = new HttpVisitor(port(node));
		for (String name : List.of("PXSESSION", "PXCSRF")) {
			browser.cookie(name).ifPresent(value -> visitor.setCookie(name, value));
		}
		return visitor;
	}

	private static JdbcTemplate jdbc() {
		return nodeA.getBean(JdbcTemplate.class);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
	}

	private static ConfigurableApplicationContext node(String name, boolean migrates) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--exchange.cluster=true",
				"--exchange.data-dir=target/test-data/cluster-" + name, "--spring.flyway.enabled=" + migrates,
				"--spring.jpa.properties.hibernate.search.backend.directory.root=target/test-data/cluster-" + name
						+ "/search"));
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
		return new SpringApplicationBuilder(PracticeExchangeApplication.class).profiles("test")
			.run(args.toArray(String[]::new));
	}
}

package org.practiceexchange.account;

import org.junit.jupiter.api.Test;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code exchange.cluster=true} sessions stay in the node's memory: the session tables stay empty. */
@IntegrationTest
class SingleNodeSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signingInWritesNoSessionToTheDatabase() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor browser = new HttpVisitor(port);
		browser.signIn(person.email(), person.password());

		assertThat(browser.get("/home").statusCode()).isEqualTo(200);
		assertThat(browser.cookie("PXSESSION")).isPresent();
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes", Integer.class)).isZero();
	}
}

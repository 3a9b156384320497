package org.practiceexchange;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two-database build: the context really uses the database the build asked for, so a
 * "PostgreSQL run" can never quietly run on H2. bin/test also names the one it means in
 * EXCHANGE_TEST_DATABASE.
 */
@IntegrationTest
class DatabaseUnderTestTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
		String named = System.getenv("EXCHANGE_TEST_DATABASE");
		String expected = named != null ? named : TestDatabase.isPostgresql() ? "postgresql" : "h2";

		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).as("database product")
				.isEqualToIgnoringCase(expected.equals("postgresql") ? "PostgreSQL" : "H2");
		}
	}
}

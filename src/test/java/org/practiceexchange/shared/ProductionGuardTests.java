package org.practiceexchange.shared;

import org.junit.jupiter.api.Test;
import org.practiceexchange.PracticeExchangeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code prod} profile refuses to start with demo accounts or without PostgreSQL. */
class ProductionGuardTests {

	static final String POSTGRESQL = "jdbc:postgresql://db.internal:5432/exchange";

	@Test
	void productionStartRefusesDemoMode() {
		assertThatThrownBy(() -> startInProduction("--exchange.demo=true", "--spring.datasource.url=jdbc:h2:mem:guard-demo"))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot run with exchange.demo=true");
	}

	@Test
	void productionStartRefusesToRunWithoutADatabaseUrl() {
		assertThatThrownBy(() -> startInProduction("--spring.datasource.url="))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("needs a PostgreSQL datasource");
	}

	@Test
	void productionRefusesAnythingButPostgresql() {
		MockEnvironment h2 = new MockEnvironment().withProperty("exchange.demo", "false")
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/db/exchange");

		assertThatThrownBy(() -> ProductionGuard.check(h2)).hasMessageContaining("needs a PostgreSQL datasource");
	}

	@Test
	void productionAcceptsPostgresqlWithoutDemoMode() {
		MockEnvironment production = new MockEnvironment().withProperty("exchange.demo", "false")
			.withProperty("spring.datasource.url", POSTGRESQL);

		assertThatCode(() -> ProductionGuard.check(production)).doesNotThrowAnyException();
	}

	@Test
	void productionRefusesDemoModeEvenOnPostgresql() {
		MockEnvironment demo = new MockEnvironment().withProperty("exchange.demo", "true")
			.withProperty("spring.datasource.url", POSTGRESQL);

		assertThatThrownBy(() -> ProductionGuard.check(demo)).hasMessageContaining("exchange.demo=true");
	}

	/**
	 * Starts the real application with the prod profile. Command-line arguments outrank the
	 * environment, so the database bin/test exports cannot leak in.
	 */
	private static void startInProduction(String... args) {
		String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(args), java.util.stream.Stream.of(
				"--server.port=0", "--exchange.data-dir=target/test-data/prod-guard", "--spring.main.banner-mode=off",
				"--logging.level.root=OFF", "--spring.jmx.enabled=false"))
			.toArray(String[]::new);
		new SpringApplicationBuilder(PracticeExchangeApplication.class).profiles("prod").run(all).close();
	}
}

package org.practiceexchange;

import java.util.Optional;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the suite runs against. H2 in memory unless a PostgreSQL URL is given, as bin/test
 * does for its second run by exporting {@code SPRING_DATASOURCE_URL} (a {@code -Dspring.datasource.url}
 * system property works too). The forked test JVM inherits both.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	/** The URL the build asked for, if it asked. */
	public static Optional<String> requestedUrl() {
		String property = System.getProperty("spring.datasource.url");
		String environment = System.getenv("SPRING_DATASOURCE_URL");
		return Optional.ofNullable(property != null && !property.isBlank() ? property
				: environment != null && !environment.isBlank() ? environment : null);
	}

	/**
	 * A datasource setting the build gave, for tests that run no application of their own:
	 * {@code spring.datasource.username} as a system property or {@code SPRING_DATASOURCE_USERNAME}.
	 */
	public static String requested(String property) {
		String given = System.getProperty(property);
		if (given != null && !given.isBlank()) {
			return given;
		}
		return System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
	}

	public static boolean isPostgresql() {
		return requestedUrl().filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
	}

	/**
	 * Points a context whose configuration differs (demo mode) at a database of its own, so its data
	 * never mixes with the shared context's: another in-memory H2, or on PostgreSQL its own schema.
	 */
	public static void useSeparateDatabase(DynamicPropertyRegistry registry, String name) {
		if (isPostgresql()) {
			String url = requestedUrl().orElseThrow();
			registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
			registry.add("spring.flyway.schemas", () -> name);
			registry.add("spring.flyway.default-schema", () -> name);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}
}

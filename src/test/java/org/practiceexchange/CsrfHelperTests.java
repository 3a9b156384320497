package org.practiceexchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's {@code csrf()} MockMvc post-processor replaces the running app's token store
 * with a session-backed one for every later request of the shared context, so public pages would
 * start sessions only because some earlier test posted a form. Tests use {@link Csrf} instead.
 */
class CsrfHelperTests {

	@Test
	void noTestUsesSpringSecuritysCsrfPostProcessor() throws IOException {
		List<Path> offenders;
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			offenders = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.getFileName().toString().equals("CsrfHelperTests.java"))
				.filter(CsrfHelperTests::usesSpringCsrf)
				.toList();
		}
		assertThat(offenders).as("use org.practiceexchange.Csrf.csrf() instead").isEmpty();
	}

	private static boolean usesSpringCsrf(Path file) {
		try {
			return Files.readString(file).contains("SecurityMockMvcRequestPostProcessors.csrf");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

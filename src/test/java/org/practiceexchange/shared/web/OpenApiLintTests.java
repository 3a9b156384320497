package org.practiceexchange.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The served OpenAPI document passes a standard linter: Redocly CLI (npm {@code @redocly/cli}, pinned,
 * installed under .tools/ by bin/test) with its {@code recommended} ruleset, with no error and no
 * warning. A deliberately broken copy must fail, which proves the linter really ran.
 */
@IntegrationTest
class OpenApiLintTests {

	static final String VERSION = "2.77.0";

	static final Path REDOCLY = Path.of(System.getProperty("redocly", ".tools/node_modules/.bin/redocly"));

	static final Path CONFIG = Path.of("src/test/resources/openapi/redocly.yaml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	record Lint(int errors, int warnings, List<String> problems) {
	}

	@Test
	void theServedDocumentLintsCleanWithTheRecommendedRuleset() throws Exception {
		Path document = write("api-docs.json", served());
		Lint lint = lint(document);
		assertThat(lint.problems()).as("Redocly lint of " + document).isEmpty();
		assertThat(lint.errors()).isZero();
		assertThat(lint.warnings()).isZero();
	}

	@Test
	void aBrokenCopyFailsTheLinterSoWeKnowItRuns() throws Exception {
		ObjectNode broken = (ObjectNode) JSON.readTree(served());
		broken.remove("info");
		// Every operation takes the same operationId, which the recommended ruleset refuses as an error.
		broken.get("paths").forEach(path -> path.forEach(operation -> ((ObjectNode) operation).put("operationId", "same")));
		Lint lint = lint(write("api-docs-broken.json", JSON.writeValueAsString(broken)));
		assertThat(lint.errors()).as("errors for a document without info and with repeated operation ids").isPositive();
		assertThat(String.join("\n", lint.problems())).contains("`info`").contains("operation-operationId-unique");
	}

	private String served() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static Path write(String name, String json) throws IOException {
		Path file = Path.of("target", "openapi", name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, json, StandardCharsets.UTF_8);
	}

	/** Runs {@code redocly lint} on the file; fails the test if Redocly is not installed. */
	static Lint lint(Path document) throws IOException, InterruptedException {
		if (!Files.isExecutable(REDOCLY)) {
			fail("Redocly CLI is not installed at " + REDOCLY.toAbsolutePath() + ". Run bin/test, which installs it, "
					+ "or: npm install --prefix .tools --ignore-scripts @redocly/cli@" + VERSION);
		}
		Path output = Files.createTempFile("redocly", ".json");
		try {
			ProcessBuilder builder = new ProcessBuilder(REDOCLY.toString(), "lint", document.toString(), "--config",
					CONFIG.toString(), "--format", "json")
				.redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().put("REDOCLY_TELEMETRY", "off");
			builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
			Process process = builder.start();
			if (!process.waitFor(3, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("Redocly lint did not finish within 3 minutes");
			}
			String json = Files.readString(output, StandardCharsets.UTF_8);
			int start = json.indexOf('{');
			if (start < 0) {
				fail("Redocly lint said nothing readable (exit code " + process.exitValue() + "): " + json);
			}
			JsonNode report = JSON.readTree(json.substring(start));
			List<String> problems = new ArrayList<>();
			for (JsonNode problem : report.path("problems")) {
				problems.add(problem.path("severity").asString() + " " + problem.path("ruleId").asString() + ": "
						+ problem.path("message").asString() + " at "
						+ problem.path("location").path(0).path("pointer").asString(""));
			}
			JsonNode totals = report.path("totals");
			return new Lint(totals.path("errors").asInt(), totals.path("warnings").asInt(), problems);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}
}

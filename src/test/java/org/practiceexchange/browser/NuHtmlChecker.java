package org.practiceexchange.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * The Nu Html Checker (vnu.jar, from the npm package bin/test installs under .tools/), run once over
 * a set of saved pages with the JVM running the tests.
 */
final class NuHtmlChecker {

	static final String VERSION = "26.9.27";

	static final Path JAR = Path.of(System.getProperty("vnu.jar", ".tools/node_modules/vnu-jar/build/dist/vnu.jar"));

	private NuHtmlChecker() {
	}

	record Message(String type, String file, long line, String message, String extract) {

		@Override
		public String toString() {
			return type + " " + file + ":" + line + ": " + message + (extract == null ? "" : "\n      " + extract.strip());
		}
	}

	/** Every message the checker gives for the files. Fails the test if the checker is not installed. */
	static List<Message> check(List<Path> files) throws IOException, InterruptedException {
		if (!Files.isRegularFile(JAR)) {
			fail("The Nu Html Checker is not installed at " + JAR.toAbsolutePath() + ". Run bin/test, which installs it "
					+ "(npm install --prefix .tools vnu-jar@" + VERSION + ").");
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
				JAR.toString(), "--format", "json", "--stdout"));
		files.forEach(file -> command.add(file.toString()));
		Path output = Files.createTempFile("vnu", ".json");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("The Nu Html Checker did not finish within 5 minutes");
			}
			String json = Files.readString(output, StandardCharsets.UTF_8);
			if (json.isBlank()) {
				fail("The Nu Html Checker said nothing (exit code " + process.exitValue() + ")");
			}
			List<Message> messages = new ArrayList<>();
			for (JsonNode message : JsonMapper.builder().build().readTree(json).get("messages")) {
				String url = message.path("url").asString("");
				messages.add(new Message(message.path("type").asString() + subType(message),
						url.substring(url.lastIndexOf("/target/") + 1), message.path("lastLine").asLong(),
						message.path("message").asString(), message.path("extract").asString(null)));
			}
			return messages;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static String subType(JsonNode message) {
		return message.has("subType") ? "/" + message.get("subType").asString() : "";
	}
}

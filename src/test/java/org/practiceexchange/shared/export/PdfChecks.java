package org.practiceexchange.shared.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What outside tools say of a PDF the app makes: {@code qpdf --check} passes without a warning,
 * {@code pdffonts} lists only embedded fonts, {@code pdfinfo} says it is tagged. The tools come from
 * the qpdf and poppler-utils packages, which {@code bin/test} installs; without them these checks fail.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	public static void acceptedByOutsideTools(byte[] pdf) throws Exception {
		Path file = Files.createTempFile("standards-", ".pdf");
		try {
			Files.write(file, pdf);
			Result check = run("qpdf", "--check", file.toString());
			assertThat(check.exit()).as("qpdf --check:\n%s", check.output()).isZero();
			assertThat(check.output()).as("qpdf --check").doesNotContain("WARNING");

			Result fonts = run("pdffonts", file.toString());
			assertThat(fonts.exit()).as("pdffonts:\n%s", fonts.output()).isZero();
			List<String> rows = fonts.output().lines().skip(2).filter(line -> !line.isBlank()).toList();
			assertThat(rows).as("pdffonts lists the fonts").isNotEmpty();
			for (String row : rows) {
				// name type encoding emb sub uni object ID: the three yes/no columns come before the object number
				String[] columns = row.trim().split("\\s+");
				assertThat(columns[columns.length - 5]).as("embedded: %s", row).isEqualTo("yes");
			}

			Result info = run("pdfinfo", file.toString());
			assertThat(info.exit()).as("pdfinfo:\n%s", info.output()).isZero();
			assertThat(info.output()).as("pdfinfo").containsPattern("(?m)^Tagged:\\s+yes$");
			assertThat(info.output()).as("pdfinfo").containsPattern("(?m)^Title:\\s+\\S");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	record Result(int exit, String output) {
	}

	static Result run(String... command) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			fail(command[0] + " is not installed: bin/test installs it (apt-get install qpdf poppler-utils)", ex);
			throw ex;
		}
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(command[0] + " did not finish");
		}
		return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
	}
}

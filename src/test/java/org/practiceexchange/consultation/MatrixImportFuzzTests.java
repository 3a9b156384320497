package org.practiceexchange.consultation;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.consultation.MatrixImport.Format;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Random and broken tables, thousands of them from fixed seeds (so a failure can be replayed):
 * the importer either imports them by the rules or refuses them with line-and-column problems,
 * and the API answers 200 or a 400 problem, never anything else.
 */
@IntegrationTest
class MatrixImportFuzzTests {

	private static final String[] CELLS = { "", " ", "X", "x", "✓", "✔", "yes", "YES", " x ", "?", "no", "maybe", "1.",
			"12) text", "7 words here", "continued text", "\"", "\"\"", "\"quoted, cell\"", "\"open", "a\"b", "\u00A0",
			"\uFEFF", "\r", "\n", "\r\n", "\t", ",", "Recommendation", "ITE", "L&M", "Ünïcödé ✓", "999999999999",
			"0. zero", "\"line\nbreak\"", "\"bad\"x" };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	ConsultationService consultations;

	static String randomTable(Random random) {
		char delimiter = random.nextBoolean() ? ',' : '\t';
		int columns = 1 + random.nextInt(6);
		StringBuilder table = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
		if (random.nextInt(4) > 0) {
			table.append("Recommendation");
			for (int c = 1; c < columns; c++) {
				table.append(delimiter).append("Category ").append(c);
			}
			table.append(random.nextBoolean() ? "\n" : "\r\n");
		}
		int rows = random.nextInt(12);
		for (int r = 0; r < rows; r++) {
			int cells = Math.max(1, columns + random.nextInt(3) - 1);
			for (int c = 0; c < cells; c++) {
				if (c > 0) {
					table.append(delimiter);
				}
				if (c == 0 && random.nextInt(3) > 0) {
					table.append(r + 1).append(". Recommendation ").append(r + 1);
				}
				else {
					table.append(CELLS[random.nextInt(CELLS.length)]);
				}
			}
			table.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
		}
		String text = table.toString();
		if (!text.isEmpty() && random.nextInt(6) == 0) {
			text = text.substring(0, random.nextInt(text.length()));
		}
		return text;
	}

	static void assertCleanOutcome(ParsedMatrix matrix) {
		assertThat(matrix.recommendations()).isNotEmpty();
		matrix.recommendations().forEach(row -> assertThat(row.marks()).hasSize(matrix.categories().size()));
	}

	static void assertCleanRefusal(ImportRefused refused) {
		assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.line()).isPositive();
			assertThat(problem.column()).isPositive();
			assertThat(problem.message()).isNotBlank();
		});
	}

	@Test
	void thousandsOfRandomTablesEitherImportOrAreRefusedWithLinesAndColumns() {
		Random random = new Random(20261123L);
		int imported = 0;
		int refused = 0;
		for (int i = 0; i < 5_000; i++) {
			String table = randomTable(random);
			Format format = Format.values()[random.nextInt(Format.values().length)];
			try {
				assertCleanOutcome(MatrixImport.parse(table, format));
				imported++;
			}
			catch (ImportRefused ex) {
				assertCleanRefusal(ex);
				refused++;
			}
		}
		assertThat(imported).as("some random tables are valid").isPositive();
		assertThat(refused).as("most random tables are broken").isPositive();
	}

	@Test
	void randomBytesAreRefusedCleanly() {
		Random random = new Random(42L);
		for (int i = 0; i < 2_000; i++) {
			byte[] bytes = new byte[random.nextInt(200)];
			random.nextBytes(bytes);
			try {
				assertCleanOutcome(MatrixImport.parse(bytes, Format.DETECT));
			}
			catch (ImportRefused ex) {
				assertCleanRefusal(ex);
			}
		}
	}

	@Test
	void theServiceImportsOrRefusesRandomTablesAndARefusalChangesNothing() {
		Random random = new Random(7L);
		Long id = fixtures.aDraftWithTheSeedMatrix();
		int count = consultations.get(id).recommendations().size();
		for (int i = 0; i < 300; i++) {
			String table = randomTable(random);
			try {
				count = consultations.importTable(id, table, Format.DETECT).recommendations();
			}
			catch (ImportRefused ex) {
				assertCleanRefusal(ex);
			}
			assertThat(consultations.get(id).recommendations()).hasSize(count);
		}
	}

	@Test
	void theApiAnswersRandomTablesWith200OrA400ProblemNamingTheLine() throws Exception {
		Random random = new Random(99L);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		Long id = fixtures.aDraft();
		for (int i = 0; i < 300; i++) {
			String type = random.nextBoolean() ? "text/csv" : "text/tab-separated-values";
			MvcResult result = mvc.perform(put("/api/consultations/{id}/recommendations", id)
					.with(user(manager)).with(csrf())
					.contentType(type)
					.content(randomTable(random).getBytes(StandardCharsets.UTF_8))).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).isIn(200, 400);
			if (status == 400) {
				assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).containsPattern("Line \\d+, column \\d+");
			}
		}
	}
}

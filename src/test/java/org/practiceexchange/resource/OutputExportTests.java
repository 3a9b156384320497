package org.practiceexchange.resource;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.shared.export.ExportFiles.cell;
import static org.practiceexchange.shared.export.ExportFiles.csv;
import static org.practiceexchange.shared.export.ExportFiles.date;
import static org.practiceexchange.shared.export.ExportFiles.number;
import static org.practiceexchange.shared.export.ExportFiles.texts;
import static org.practiceexchange.shared.export.ExportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The manager downloads every output of the repository, whatever its status, as CSV and XLSX. */
@IntegrationTest
class OutputExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Test
	void exportsEveryOutputWithItsStatus() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		Long theme = programmes.aTheme();
		SignedInPerson practitioner = fixtures.practitioner();
		String formula = "=" + AccountFixtures.unique("Output");
		String plain = AccountFixtures.unique("Published output");
		fixtures.proposedBy(practitioner, fixtures.proposal(formula, OutputType.FRAMEWORK, Licence.CC_BY_4_0,
				programme.id(), 2026, List.of(theme), null), "Framework body");
		fixtures.published(practitioner, fixtures.proposal(plain, OutputType.REPORT, Licence.ALL_RIGHTS_RESERVED,
				programme.id(), 2027, List.of(theme), null), "Report body");

		mvc.perform(get("/approvals/outputs").with(user(manager)))
			.andExpect(content().string(containsString("/manage/outputs/export.csv")))
			.andExpect(content().string(containsString("/manage/outputs/export.xlsx")));

		List<List<String>> rows = csv(mvc.perform(get("/manage/outputs/export.csv").with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Title", "Authors", "Type", "Licence", "Programme", "Year", "Region",
				"Project", "Themes", "Organisations", "Status", "Proposed", "Published", "Downloads");
		List<List<String>> mine = rows.stream().filter(row -> row.get(4).equals(programme.name())).toList();
		assertThat(mine).hasSize(2);
		List<String> proposed = mine.stream().filter(row -> row.get(0).equals("'" + formula)).findFirst().orElseThrow();
		assertThat(proposed.subList(1, 6)).containsExactly("Ann Author; Ben Writer", "Framework", "CC BY 4.0",
				programme.name(), "2026");
		assertThat(proposed.get(6)).isEqualTo("London");
		assertThat(proposed.get(10)).isEqualTo("Awaiting approval");
		assertThat(proposed.get(12)).isEmpty();
		List<String> published = mine.stream().filter(row -> row.get(0).equals(plain)).findFirst().orElseThrow();
		assertThat(List.of(published.get(2), published.get(3), published.get(10), published.get(13)))
			.containsExactly("Report", "All rights reserved", "Published", "0");
		assertThat(published.get(12)).isNotEmpty();

		List<List<String>> onlyPublished = csv(mvc.perform(get("/manage/outputs/export.csv").param("status", "PUBLISHED")
			.with(user(manager))).andReturn().getResponse().getContentAsByteArray());
		assertThat(onlyPublished.stream().filter(row -> row.get(4).equals(programme.name())).map(row -> row.get(0)))
			.containsExactly(plain);

		try (XSSFWorkbook sheet = xlsx(mvc.perform(get("/manage/outputs/export.xlsx").with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
			List<List<String>> cells = texts(sheet);
			assertThat(cells).hasSize(rows.size());
			int row = cells.indexOf(cells.stream().filter(r -> r.get(0).equals(plain)).findFirst().orElseThrow());
			assertThat(number(cell(sheet, row, 5))).isTrue();
			assertThat(date(cell(sheet, row, 12))).isTrue();
			assertThat(number(cell(sheet, row, 13))).isTrue();
		}
		mvc.perform(get("/manage/outputs/export.csv").with(user(practitioner))).andExpect(status().isForbidden());
	}
}

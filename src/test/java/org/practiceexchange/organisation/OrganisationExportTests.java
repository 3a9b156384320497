package org.practiceexchange.organisation;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.shared.export.ExportFiles.csv;
import static org.practiceexchange.shared.export.ExportFiles.texts;
import static org.practiceexchange.shared.export.ExportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisations list exports what its filters find, as CSV and XLSX, with formulas neutralised. */
@IntegrationTest
class OrganisationExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Organisations organisations;

	@Test
	void exportsTheOrganisationsTheFiltersFind() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String marker = AccountFixtures.unique("Exported");
		OrganisationSummary formula = organisations.create(new OrganisationForm("=HYPERLINK(\"x\") " + marker,
				OrganisationType.SCHOOL, Region.LONDON));
		OrganisationSummary plain = organisations.create(new OrganisationForm("Plain " + marker,
				OrganisationType.UNIVERSITY, Region.NORTH_EAST));
		organisations.create(new OrganisationForm("Elsewhere " + AccountFixtures.unique("Other"), OrganisationType.SCHOOL,
				Region.LONDON));

		mvc.perform(get("/manage/organisations?q=" + marker).with(user(manager)))
			.andExpect(content().string(containsString("/manage/organisations/export.csv?q=" + marker)))
			.andExpect(content().string(containsString("/manage/organisations/export.xlsx?q=" + marker)));

		byte[] body = mvc.perform(get("/manage/organisations/export.csv").param("q", marker).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("organisations.csv")))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = csv(body);
		assertThat(rows).containsExactly(List.of("Name", "Type", "Region"),
				List.of("'" + formula.name(), "School", "London"),
				List.of(plain.name(), "University", "North East"));

		byte[] workbook = mvc.perform(get("/manage/organisations/export.xlsx").param("q", marker).param("type", "UNIVERSITY")
			.with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook sheet = xlsx(workbook)) {
			assertThat(texts(sheet)).containsExactly(List.of("Name", "Type", "Region"),
					List.of(plain.name(), "University", "North East"));
		}

		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER);
		mvc.perform(get("/manage/organisations/export.csv").with(user(practitioner))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/organisations/export.xlsx").with(user(practitioner))).andExpect(status().isForbidden());
	}
}

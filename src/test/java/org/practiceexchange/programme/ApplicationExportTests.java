package org.practiceexchange.programme;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationForm;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.organisation.Region;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.shared.export.ExportFiles.cell;
import static org.practiceexchange.shared.export.ExportFiles.csv;
import static org.practiceexchange.shared.export.ExportFiles.date;
import static org.practiceexchange.shared.export.ExportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applications list exports one row per application of a cohort, with its decision, as CSV and XLSX. */
@IntegrationTest
class ApplicationExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	Organisations organisations;

	@Test
	void exportsACohortsApplicationsWithTheirDecisions() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);
		OrganisationSummary formula = organisations.create(new OrganisationForm("@SUM(A1) " + AccountFixtures.unique("College"),
				OrganisationType.FE_COLLEGE, Region.LONDON));
		SignedInPerson first = accounts.aPerson(Role.PRACTITIONER, formula);
		SignedInPerson second = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long accepted = programmes.anApplication(first, cohort);
		programmes.anApplication(second, cohort);
		enrolments.decide(accepted, true, "Welcome", manager.id());

		mvc.perform(get("/manage/applications").param("status", "ALL").with(user(manager)))
			.andExpect(content().string(containsString("/manage/applications/export.csv?status=ALL")))
			.andExpect(content().string(containsString("/manage/applications/export.xlsx?status=ALL")));

		byte[] body = mvc.perform(get("/manage/applications/export.csv").param("status", "ALL")
			.param("cohort", cohort.id().toString()).with(user(manager)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = csv(body);
		assertThat(rows.get(0)).containsExactly("Programme", "Cohort", "Applicant", "E-mail address", "Organisation",
				"Applied", "Status", "Decided", "Note from the programme manager", "What they want to work on");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).subList(0, 5)).containsExactly(programme.name(), cohort.name(), first.name(), first.email(),
				"'" + formula.name());
		assertThat(rows.get(1).subList(6, 10)).containsExactly("Accepted", rows.get(1).get(7), "Welcome", "Improving feedback");
		assertThat(rows.get(1).get(7)).isNotEmpty();
		assertThat(rows.get(2).subList(2, 3)).containsExactly(second.name());
		assertThat(rows.get(2).get(6)).isEqualTo("Waiting for a decision");
		assertThat(rows.get(2).get(7)).isEmpty();

		byte[] pending = mvc.perform(get("/manage/applications/export.csv").param("status", "PENDING")
			.param("cohort", cohort.id().toString()).with(user(manager))).andReturn().getResponse().getContentAsByteArray();
		assertThat(csv(pending)).hasSize(2).last().satisfies(row -> assertThat(row.get(2)).isEqualTo(second.name()));

		byte[] workbook = mvc.perform(get("/manage/applications/export.xlsx").param("status", "ALL")
			.param("cohort", cohort.id().toString()).with(user(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook sheet = xlsx(workbook)) {
			assertThat(sheet.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			assertThat(date(cell(sheet, 1, 5))).isTrue();
			assertThat(date(cell(sheet, 1, 7))).isTrue();
			assertThat(cell(sheet, 1, 6).getStringCellValue()).isEqualTo("Accepted");
		}

		mvc.perform(get("/manage/applications/export.csv").with(user(first))).andExpect(status().isForbidden());
	}
}

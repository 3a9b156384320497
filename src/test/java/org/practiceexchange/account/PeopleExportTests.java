package org.practiceexchange.account;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The people list's CSV and XLSX exports follow the list's filters. */
@IntegrationTest
class PeopleExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Test
	void exportsThePeopleTheFiltersFind() throws Exception {
		SignedInPerson manager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson validator = accounts.aPerson(Role.VALIDATOR, college);
		mvc.perform(get("/manage/people").param("q", validator.email()).with(user(manager)))
			.andExpect(content().string(containsString("/manage/people/export.csv")));
		byte[] csv = mvc.perform(get("/manage/people/export.csv").param("q", validator.email()).with(user(manager)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(0).values()).containsExactly("Full name", "E-mail address", "Roles", "Organisations", "Status");
		assertThat(records.get(1).values()).containsExactly(validator.name(), validator.email(), "Validator", college.name(),
				"Active");

		byte[] xlsx = mvc.perform(get("/manage/people/export.xlsx").param("q", validator.email()).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo(college.name());
		}
		mvc.perform(get("/manage/people/export.csv").with(user(validator))).andExpect(status().isForbidden());
	}
}

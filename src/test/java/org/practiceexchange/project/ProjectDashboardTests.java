package org.practiceexchange.project;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.ScrollRegions;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.People;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's dashboard across the programme: two projects in one cohort whose figures differ
 * (people, inquiries by stage, late milestones, release days), its filters and sorts, and its CSV
 * and XLSX exports read back.
 */
@IntegrationTest
class ProjectDashboardTests {

	static final int TITLE = 0;
	static final int LEAD = 5;
	static final int PARTNERS = 6;
	static final int FACILITATOR = 7;
	static final int VALIDATOR = 9;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProjectService projects;

	@Autowired
	ReleaseSupport release;

	@Autowired
	People people;

	ProjectFixtures.Group group;

	ProjectSummary late;

	ProjectSummary quiet;

	SignedInPerson validator;

	@BeforeEach
	void twoProjectsInOneCohort() {
		group = fixtures.aGroup();
		validator = accounts.aPerson(Role.VALIDATOR, group.partnerOrganisation());
		late = fixtures.nameValidator(group.project(), validator);
		// one milestone late for a member, one past but done by both, one still to come
		fixtures.aMilestoneId(late, LocalDate.of(2020, 1, 10));
		Long done = fixtures.aMilestoneId(late, LocalDate.of(2020, 2, 10));
		fixtures.markDone(group, done, group.member());
		fixtures.markDone(group, done, group.otherMember());
		fixtures.aMilestoneId(late, LocalDate.of(2099, 1, 10));
		inquiries.anInquiry(group, Stage.PLAN);
		release.commit(late.id(), group.manager(), new ReleaseForms.Commit(group.member().id(), "6", null));

		// the second project sorts first by title: a forming exchange group with nothing late
		quiet = projects.create(new ProjectForm(group.cohort().id(), ProjectKind.EXCHANGE_GROUP,
				"Aa " + AccountFixtures.unique("Quiet group"), null, null, null, null, group.partnerOrganisation().id(),
				List.of(), ProjectStatus.FORMING, false));
		fixtures.aMilestoneId(quiet, LocalDate.of(2020, 1, 10));
	}

	@Test
	void dashboardShowsEachProjectsPeopleAndFigures() throws Exception {
		String page = mvc.perform(get("/manage/projects").param("cohort", group.cohort().id().toString())
				.with(user(group.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 found")))
			.andExpect(content().string(containsString("Download as CSV")))
			.andExpect(content().string(containsString("Download as spreadsheet (XLSX)")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(late.title(), quiet.title(), group.memberOrganisation().name(),
				group.partnerOrganisation().name(), validator.name(), group.facilitator().name(), "Plan: 1", "0 of 6",
				"/manage/projects/export.csv?cohort=" + group.cohort().id() + "&amp;sort=TITLE");
		ScrollRegions.wrapped(page, "table.px-dashboard");
		// by title the quiet group comes first
		assertThat(page.indexOf(quiet.title())).isLessThan(page.indexOf(late.title()));
	}

	@Test
	void filtersByStatusAndProgrammeAndSortsByLateness() throws Exception {
		String cohort = group.cohort().id().toString();
		mvc.perform(get("/manage/projects").param("cohort", cohort).param("status", "RUNNING").with(user(group.manager())))
			.andExpect(content().string(containsString("1 found")))
			.andExpect(content().string(containsString(late.title())))
			.andExpect(content().string(not(containsString(quiet.title()))));
		mvc.perform(get("/manage/projects").param("programme", group.cohort().programmeId().toString())
				.param("status", "FORMING").with(user(group.manager())))
			.andExpect(content().string(containsString("1 found")))
			.andExpect(content().string(containsString(quiet.title())));
		String byLateness = mvc.perform(get("/manage/projects").param("cohort", cohort).param("sort", "LATE")
				.with(user(group.manager())))
			.andReturn().getResponse().getContentAsString();
		assertThat(byLateness.indexOf(late.title())).isLessThan(byLateness.indexOf(quiet.title()));

		List<ProjectDashboard.Row> rows = dashboard.all(new ProjectDashboard.Filter(null, null, group.cohort().id(), null,
				null, ProjectDashboard.Order.LATE));
		assertThat(rows).extracting(ProjectDashboard.Row::title).containsExactly(late.title(), quiet.title());
		assertThat(rows).extracting(ProjectDashboard.Row::lateMilestones).containsExactly(1L, 0L);
	}

	@Test
	void csvExportHasAHeaderAndOneRowPerProjectWithTheFigures() throws Exception {
		MvcResult result = mvc.perform(get("/manage/projects/export.csv").param("cohort", group.cohort().id().toString())
				.param("sort", "LATE").with(user(group.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("projects.csv")))
			.andReturn();
		List<CSVRecord> records = parse(result.getResponse().getContentAsByteArray());
		CSVRecord header = records.get(0);
		assertThat(header.values()).startsWith("Title", "Kind of project", "Programme", "Cohort", "Status", "Lead provider",
				"Partner organisations", "Facilitator", "Research mentor", "External validator");
		assertThat(header.values()).contains("Inquiries at Plan", "Late milestones", "Release days committed",
				"Release days used");
		assertThat(records).hasSize(3);
		CSVRecord first = records.get(1);
		assertThat(first.get(TITLE)).isEqualTo(late.title());
		assertThat(first.get(LEAD)).isEqualTo(group.memberOrganisation().name());
		assertThat(first.get(PARTNERS)).isEqualTo(group.partnerOrganisation().name());
		assertThat(first.get(FACILITATOR)).isEqualTo(group.facilitator().name());
		assertThat(first.get(VALIDATOR)).isEqualTo(validator.name());
		assertThat(first.get(column(header, "Inquiries at Plan"))).isEqualTo("1");
		assertThat(first.get(column(header, "Late milestones"))).isEqualTo("1");
		assertThat(first.get(column(header, "Release days committed"))).isEqualTo("6");
		assertThat(first.get(column(header, "Status"))).isEqualTo("Running");
		CSVRecord second = records.get(2);
		assertThat(second.get(TITLE)).isEqualTo(quiet.title());
		assertThat(second.get(LEAD)).isEqualTo(group.partnerOrganisation().name());
		assertThat(second.get(VALIDATOR)).isEmpty();
		// the quiet group has no members, so nobody is late with its milestone
		assertThat(second.get(column(header, "Late milestones"))).isEqualTo("0");
	}

	@Test
	void xlsxExportHasTheSameRows() throws Exception {
		byte[] body = mvc.perform(get("/manage/projects/export.xlsx").param("cohort", group.cohort().id().toString())
				.with(user(group.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(LEAD).getStringCellValue()).isEqualTo("Lead provider");
			Row second = sheet.getRow(2);
			assertThat(second.getCell(TITLE).getStringCellValue()).isEqualTo(late.title());
			assertThat(second.getCell(LEAD).getStringCellValue()).isEqualTo(group.memberOrganisation().name());
			assertThat(second.getCell(VALIDATOR).getStringCellValue()).isEqualTo(validator.name());
			int lateColumn = -1;
			for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
				if (sheet.getRow(0).getCell(i).getStringCellValue().equals("Late milestones")) {
					lateColumn = i;
				}
			}
			assertThat(second.getCell(lateColumn).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void onlyTheProgrammeManagerExports() throws Exception {
		for (String path : List.of("/manage/projects/export.csv", "/manage/projects/export.xlsx")) {
			mvc.perform(get(path).with(user(group.facilitator()))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user(validator))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/login")));
		}
	}

	@Autowired
	ProjectDashboard dashboard;

	static int column(CSVRecord header, String name) {
		return header.toList().indexOf(name);
	}

	static List<CSVRecord> parse(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}
}

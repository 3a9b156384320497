package org.practiceexchange.call;

import java.time.Clock;
import java.time.Duration;
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
import static org.practiceexchange.shared.export.ExportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calls list and each call's proposals (with scores) and reviews export as CSV and XLSX. */
@IntegrationTest
class CallExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	CallService calls;

	@Autowired
	ProposalService proposals;

	@Autowired
	Clock clock;

	@Test
	void exportsTheCallsWithTheirFigures() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		String title = "+" + AccountFixtures.unique("Call");
		CallView draft = calls.create(new CallForm(programme.id(), null, title, "A call for tests", "Providers", null, 2, 3,
				25000L, 5, CallFixtures.london(clock.instant()), CallFixtures.london(clock.instant().plus(Duration.ofDays(7))),
				CallFixtures.CRITERIA));
		CallView open = fixtures.anOpenCall();
		fixtures.aSubmittedProposal(fixtures.aPartnership(), open);

		mvc.perform(get("/manage/calls").with(user(manager)))
			.andExpect(content().string(containsString("/manage/calls/export.csv")))
			.andExpect(content().string(containsString("/manage/calls/export.xlsx")));
		byte[] body = mvc.perform(get("/manage/calls/export.csv").with(user(manager))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv"))).andReturn().getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = csv(body);
		assertThat(rows.get(0)).containsExactly("Title", "Programme", "Status", "Opens", "Closes", "Projects it can fund",
				"Budget per project (£)", "Partner organisations needed besides the lead", "Proposals submitted", "Funded");
		assertThat(rows.stream().filter(row -> row.get(0).equals("'" + title)).toList()).singleElement()
			.satisfies(row -> assertThat(List.of(row.get(1), row.get(2), row.get(5), row.get(6), row.get(7), row.get(8), row.get(9)))
				.containsExactly(programme.name(), "Draft", "3", "25000", "2", "0", "0"));
		assertThat(rows.stream().filter(row -> row.get(0).equals(open.title())).toList()).singleElement()
			.satisfies(row -> assertThat(List.of(row.get(2), row.get(8))).containsExactly("Open", "1"));
		assertThat(rows.stream().map(row -> row.get(0)).distinct().count()).isEqualTo(rows.size());

		byte[] workbook = mvc.perform(get("/manage/calls/export.xlsx").with(user(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook sheet = xlsx(workbook)) {
			assertThat(sheet.getSheetAt(0).getLastRowNum()).isEqualTo(rows.size() - 1);
			int row = 1;
			while (!cell(sheet, row, 0).getStringCellValue().equals(title)) {
				row++;
			}
			assertThat(date(cell(sheet, row, 3))).isTrue();
			assertThat(number(cell(sheet, row, 5))).isTrue();
			assertThat(cell(sheet, row, 6).getNumericCellValue()).isEqualTo(25000);
		}
		assertThat(draft.id()).isNotNull();
		mvc.perform(get("/manage/calls/export.csv").with(user(accounts.aPerson(Role.REVIEWER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void exportsACallsProposalsWithTheirScoresAndItsReviews() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		CallView call = fixtures.anOpenCall();
		CallFixtures.Partnership first = fixtures.aPartnership();
		String formula = "-1+" + AccountFixtures.unique("Proposal");
		Long scored = proposals.start(first.lead(), call.id(), new ProposalForms.Start(formula, first.partnerIds(), null));
		fixtures.completeWithoutConfirmations(first, scored);
		for (int i = 0; i < first.partners().size(); i++) {
			proposals.respond(first.partnerLeads().get(i), scored, first.partners().get(i).id(), true);
		}
		proposals.submit(first.lead(), scored);
		CallFixtures.Partnership second = fixtures.aPartnership();
		Long unscored = fixtures.aSubmittedProposal(second, call);
		SignedInPerson one = fixtures.aReviewer();
		SignedInPerson two = fixtures.aReviewer();
		SignedInPerson three = fixtures.aReviewer();
		fixtures.review(one, fixtures.assign(manager, scored, one), 4, 3);
		fixtures.review(two, fixtures.assign(manager, scored, two), 2, 5);
		fixtures.assign(manager, unscored, three);
		String unscoredTitle = proposals.view(second.lead(), unscored).title();

		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(containsString("/manage/calls/" + call.id() + "/proposals/export.csv")))
			.andExpect(content().string(containsString("/manage/calls/" + call.id() + "/reviews/export.xlsx")));

		List<List<String>> ranking = csv(mvc.perform(get("/manage/calls/{id}/proposals/export.csv", call.id())
			.with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(ranking.get(0)).containsExactly("Rank", "Title", "Lead organisation", "Reviews submitted",
				"Reviewers assigned", "Weighted score", "Spread", "Mean score: Quality of the plan",
				"Mean score: Value for money", "Moderated score (1 to 5)", "Reason for moderating", "Decision",
				"Decision released");
		assertThat(ranking).hasSize(3);
		assertThat(ranking.get(1)).containsExactly("1", "'" + formula, first.leadOrganisation().name(), "2", "2", "3.40",
				"0.40", "3.00", "4.00", "", "", "Not decided", "No");
		assertThat(ranking.get(2)).containsExactly("2", unscoredTitle, second.leadOrganisation().name(), "0", "1", "", "",
				"", "", "", "", "Not decided", "No");

		try (XSSFWorkbook sheet = xlsx(mvc.perform(get("/manage/calls/{id}/proposals/export.xlsx", call.id())
			.with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
			assertThat(sheet.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			assertThat(cell(sheet, 1, 1).getStringCellValue()).isEqualTo(formula);
			assertThat(cell(sheet, 1, 5).getNumericCellValue()).isEqualTo(3.4);
			assertThat(cell(sheet, 1, 8).getNumericCellValue()).isEqualTo(4.0);
		}

		List<List<String>> reviews = csv(mvc.perform(get("/manage/calls/{id}/reviews/export.csv", call.id())
			.with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(reviews.get(0)).containsExactly("Title", "Reviewer", "Review status", "Quality of the plan",
				"Value for money", "Weighted score", "Recommendation", "Assigned", "Submitted", "Overall comment",
				"Conflict of interest");
		assertThat(reviews).hasSize(4);
		assertThat(reviews.subList(1, 4).stream().map(row -> row.subList(0, 7)).toList()).containsExactlyInAnyOrder(
				List.of("'" + formula, one.name(), "Reviewed", "4", "3", "3.60", "Funded"),
				List.of("'" + formula, two.name(), "Reviewed", "2", "5", "3.20", "Funded"),
				List.of(unscoredTitle, three.name(), "To review", "", "", "", ""));

		try (XSSFWorkbook sheet = xlsx(mvc.perform(get("/manage/calls/{id}/reviews/export.xlsx", call.id())
			.with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
			assertThat(sheet.getSheetAt(0).getLastRowNum()).isEqualTo(3);
			assertThat(number(cell(sheet, 1, 3))).isTrue();
			assertThat(date(cell(sheet, 1, 7))).isTrue();
		}
		mvc.perform(get("/manage/calls/{id}/reviews/export.csv", call.id()).with(user(one))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/calls/{id}/proposals/export.xlsx", call.id()).with(user(first.lead())))
			.andExpect(status().isForbidden());
	}
}

package org.practiceexchange.inquiry;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.shared.export.ExportFiles.cell;
import static org.practiceexchange.shared.export.ExportFiles.csv;
import static org.practiceexchange.shared.export.ExportFiles.number;
import static org.practiceexchange.shared.export.ExportFiles.texts;
import static org.practiceexchange.shared.export.ExportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The manager downloads every inquiry's progress (its stage), following the list's stage filter. */
@IntegrationTest
class InquiryExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Autowired
	InquiryService inquiries;

	@Test
	void exportsEachInquirysStage() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		String formula = "@" + AccountFixtures.unique("Inquiry");
		Long atAudit = inquiries.start(group.project().id(), group.otherMember(), new InquiryForms.Start(formula)).id();
		Long atPlan = fixtures.anInquiry(group, Stage.PLAN);

		mvc.perform(get("/inquiries").param("stage", "PLAN").with(user(group.manager())))
			.andExpect(content().string(containsString("/manage/inquiries/export.csv?stage=PLAN")))
			.andExpect(content().string(containsString("/manage/inquiries/export.xlsx?stage=PLAN")));
		mvc.perform(get("/inquiries").with(user(group.member())))
			.andExpect(content().string(not(containsString("/manage/inquiries/export.csv"))));

		List<List<String>> rows = csv(mvc.perform(get("/manage/inquiries/export.csv").with(user(group.manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Inquiry", "Practitioner", "Project", "Stage", "Stage number (of 6)");
		assertThat(rows.stream().filter(row -> row.get(2).equals(group.project().title())).toList()).containsExactly(
				List.of("Fractions through recipes", group.member().name(), group.project().title(), "Plan", "2"),
				List.of("'" + formula, group.otherMember().name(), group.project().title(), "Audit", "1"));

		List<List<String>> planning = csv(mvc.perform(get("/manage/inquiries/export.csv").param("stage", "PLAN")
			.with(user(group.manager()))).andReturn().getResponse().getContentAsByteArray());
		assertThat(planning.subList(1, planning.size())).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("Plan"))
			.anySatisfy(row -> assertThat(row.get(2)).isEqualTo(group.project().title()));

		try (XSSFWorkbook sheet = xlsx(mvc.perform(get("/manage/inquiries/export.xlsx").with(user(group.manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
			List<List<String>> cells = texts(sheet);
			assertThat(cells).hasSize(rows.size());
			int mine = cells.indexOf(cells.stream().filter(row -> row.get(0).equals(formula)).findFirst().orElseThrow());
			assertThat(number(cell(sheet, mine, 4))).isTrue();
			assertThat(cell(sheet, mine, 4).getNumericCellValue()).isEqualTo(1);
		}
		assertThat(atAudit).isNotEqualTo(atPlan);
		for (var someoneElse : List.of(group.member(), group.facilitator(), group.lead(), group.validator())) {
			mvc.perform(get("/manage/inquiries/export.csv").with(user(someoneElse))).andExpect(status().isForbidden());
		}
	}
}

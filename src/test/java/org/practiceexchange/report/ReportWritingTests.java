package org.practiceexchange.report;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Starting a report from an inquiry, writing it, and its PDF: a real A4 document whose pages are counted. */
@IntegrationTest
class ReportWritingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	ReportWorkflow workflow;

	@Test
	void theReportStartsFilledInFromTheInquiryAndEveryPartCanBeChanged() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var member = r.group().member();
		mvc.perform(get("/inquiries/{id}", r.inquiryId()).with(user(member)))
			.andExpect(content().string(containsString("/inquiries/" + r.inquiryId() + "/report")));
		mvc.perform(get("/inquiries/{id}/report", r.inquiryId()).with(user(member))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Start the report")));
		String location = mvc.perform(post("/inquiries/{id}/report", r.inquiryId()).with(user(member)).with(csrf()))
			.andExpect(redirectedUrlPattern("/reports/*/edit")).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[2]);

		ReportViews.Full report = reports.fullView(id, member);
		assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.current().title()).isEqualTo("Fractions through recipes");
		assertThat(report.current().summary()).isEqualTo("More correct answers");
		assertThat(text(report, "nature")).contains("Aim: Fractions through recipes").contains("Fractions in level 1 maths")
			.contains("Weekly recipe task (Tutor, by 1 March 2027); success criterion: Used in 8 of 10 sessions")
			.contains("Correct answers on the fractions check");
		assertThat(text(report, "contentLessons")).isEqualTo("Recipes gave a reason to use fractions");
		assertThat(text(report, "processLessons")).isEqualTo("Short weekly cycles worked");
		assertThat(text(report, "implications")).isEqualTo("Share the task bank across the maths team");
		assertThat(report.current().measures()).singleElement().satisfies(m -> {
			assertThat(m.baseline()).isEqualTo("4");
			assertThat(m.reaudit()).isEqualTo("7");
			assertThat(m.change()).isEqualTo("+3");
		});
		assertThat(report.current().chart()).startsWith("<svg").contains("Baseline");
		assertThat(report.current().pages()).isEqualTo(2); // the draft mark on each page and a chart per measure take a new draft to two A4 pages

		mvc.perform(get("/reports/{id}/edit", id).with(user(member))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Recipes gave a reason to use fractions")))
			.andExpect(content().string(containsString("sides of A4")))
			.andExpect(content().string(containsString("outside the guide")));
		mvc.perform(post("/reports/{id}/edit", id).with(user(member)).with(csrf()).param("title", "")
			.param("nature", "Kept while the title is missing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Kept while the title is missing")));
		mvc.perform(post("/reports/{id}/edit", id).with(user(member)).with(csrf()).param("title", "Fractions in the kitchen")
			.param("summary", "More correct answers").param("nature", "We cooked.\n\nThen we measured.")
			.param("contentLessons", "Halving a recipe is a fraction problem.").param("processLessons", "Short weekly cycles worked")
			.param("implications", "Share the recipes."))
			.andExpect(redirectedUrl("/reports/" + id));
		ReportViews.Full saved = reports.fullView(id, member);
		assertThat(saved.current().title()).isEqualTo("Fractions in the kitchen");
		assertThat(saved.history()).extracting(ReportViews.EventView::action)
			.containsExactly(Report.Action.STARTED, Report.Action.EDITED);
		assertThat(saved.history().get(1).detail()).contains("Title").contains("The nature of the initiative")
			.contains("Lessons about content").doesNotContain("Summary").doesNotContain("Lessons about process");
		mvc.perform(get("/reports/{id}", id).with(user(member))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Then we measured.")))
			.andExpect(content().string(containsString("The PDF has 1 page of A4")))
			.andExpect(content().string(containsString("shorter than the guide of 4 to 5 sides")));
	}

	@Test
	void theLiveEstimateAnswersTheAuthorOnly() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long id = fixtures.aReport(r, ReportStatus.DRAFT);
		String words = "word ".repeat(2300);
		mvc.perform(post("/reports/{id}/estimate", id).with(user(r.group().member())).with(csrf()).header("HX-Request", "true")
			.param("title", "T").param("nature", words))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate\"")))
			.andExpect(content().string(containsString("within the guide")));
		mvc.perform(post("/reports/{id}/estimate", id).with(user(r.group().mentor())).with(csrf()).param("title", "T"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePdfIsARealA4DocumentWithTheChartTheTableAndItsPagesCounted() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long id = fixtures.aReport(r, ReportStatus.DRAFT);
		var member = r.group().member();
		String paragraph = "In each session the group worked with a real recipe, halving and doubling the amounts, "
				+ "and talked about which fraction of the whole each ingredient was. ";
		String longText = (paragraph.repeat(6) + "\n\n").repeat(4);
		workflow.edit(id, member, new ReportForms.Text("A longer report", "Summary", longText, longText, longText, longText,
				null, null));

		byte[] pdf = mvc.perform(get("/reports/{id}/report.pdf", id).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int count = document.getNumberOfPages();
			assertThat(count).isBetween(3, 6);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			}
			// Lines break where the embedded font's widths say, so words are compared with any run of
			// spaces and line breaks as one space.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("A longer report").contains("Lessons about process")
				.contains("Correct answers on the fractions check").contains("Re-audit").contains("Baseline");
			assertThat(reports.fullView(id, member).current().pages()).isEqualTo(count);
			double estimate = reports.fullView(id, member).current().estimatedSides();
			assertThat(Math.abs(estimate - count)).as("the estimate (%s) is near the real count (%s)", estimate, count)
				.isLessThanOrEqualTo(1.0);
		}
	}

	private static String text(ReportViews.Full report, String field) {
		List<ReportViews.SectionView> sections = report.current().sections();
		return sections.stream().filter(s -> s.field().equals(field)).findFirst().orElseThrow().text();
	}
}

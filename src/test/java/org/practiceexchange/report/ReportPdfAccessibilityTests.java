package org.practiceexchange.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.export.PdfChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Report and outcome-report PDFs are tagged, accessible PDFs, read back with PDFBox: structure
 * tree, language, title in the information and XMP, alternative text that says what the chart
 * shows, outside tools' checks clean; a version not signed off says so on every page, a signed-off
 * one on none.
 */
@IntegrationTest
class ReportPdfAccessibilityTests {

	static final String DRAFT_MARK = "Draft — not signed off";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Test
	void aDraftReportsPdfIsTaggedItsChartDescribedAndEveryPageMarkedAsADraft() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long id = fixtures.aReport(r, ReportStatus.DRAFT);
		byte[] pdf = pdf("/reports/" + id + "/report.pdf", r.group().member());
		PdfChecks.acceptedByOutsideTools(pdf);
		List<String> alts = PdfChecks.accessible(pdf, "Fractions through recipes");
		assertThat(alts).hasSize(1);
		assertThat(alts.get(0)).startsWith("Before and after chart of 1 measure").contains("baseline").contains("re-audit 7")
			.contains("is better.");
		List<String> pages = PdfChecks.pageTexts(pdf);
		assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page).contains(DRAFT_MARK));
	}

	@Test
	void aSignedOffVersionCarriesNoDraftMarkAndItsCorrectionDoes() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long id = fixtures.aReport(r, ReportStatus.SIGNED_OFF);
		SignedInPerson member = r.group().member();
		byte[] signedOff = pdf("/reports/" + id + "/report.pdf", member);
		PdfChecks.acceptedByOutsideTools(signedOff);
		assertThat(PdfChecks.accessible(signedOff, "Fractions through recipes")).hasSize(1);
		assertThat(PdfChecks.pageTexts(signedOff)).isNotEmpty().noneSatisfy(page -> assertThat(page).contains(DRAFT_MARK))
			.allSatisfy(page -> assertThat(page).doesNotContain("Draft"));
		// Text read back keeps the PDF's line breaks: a name may break after a hyphen, and any space may be a line break.
		String text = String.join("", PdfChecks.pageTexts(signedOff)).replace("-\n", "-").replaceAll("\\s+", " ");
		assertThat(text).contains("Signed off by " + r.group().mentor().name());

		mvc.perform(post("/api/reports/{id}/corrections", id).with(ReportApiTests.as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"A typing slip\"}")).andExpect(status().isCreated());
		byte[] correction = pdf("/reports/" + id + "/versions/2/report.pdf", member);
		assertThat(PdfChecks.pageTexts(correction)).isNotEmpty().allSatisfy(page -> assertThat(page).contains(DRAFT_MARK));
		byte[] first = pdf("/reports/" + id + "/versions/1/report.pdf", member);
		assertThat(PdfChecks.pageTexts(first)).noneSatisfy(page -> assertThat(page).contains(DRAFT_MARK));
	}

	@Test
	void anOutcomeReportsPdfIsTaggedAndMarkedAsADraftUntilTheValidatorSignsItOff() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long draft = fixtures.anOutcomeReport(r, ReportStatus.SUBMITTED);
		byte[] pdf = pdf("/api/reports/" + draft + "/report.pdf", r.group().lead());
		PdfChecks.acceptedByOutsideTools(pdf);
		PdfChecks.accessible(pdf, "Outcome report");
		assertThat(PdfChecks.pageTexts(pdf)).isNotEmpty().allSatisfy(page -> assertThat(page).contains(DRAFT_MARK));

		ReportFixtures.Reporting other = fixtures.aReportingGroup();
		Long signedOff = fixtures.anOutcomeReport(other, ReportStatus.SIGNED_OFF);
		byte[] done = pdf("/api/reports/" + signedOff + "/report.pdf", other.group().validator());
		PdfChecks.acceptedByOutsideTools(done);
		PdfChecks.accessible(done, "Outcome report");
		assertThat(PdfChecks.pageTexts(done)).noneSatisfy(page -> assertThat(page).contains(DRAFT_MARK));
	}

	private byte[] pdf(String path, SignedInPerson who) throws Exception {
		return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}
}

package org.practiceexchange.synthesis;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.export.PdfChecks;
import org.practiceexchange.shared.export.SvgChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The synthesis charts are readable on the page (16px text inside each chart, each kind's scale
 * labelled, the direction of better in words) and the synthesis PDF carries them as Figures with
 * alternative text that says what each shows, in a tagged PDF.
 */
@IntegrationTest
class SynthesisChartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SynthesisFixtures fixtures;

	@Autowired
	SynthesisService syntheses;

	@Test
	void thePagesChartsAreReadableAndSayWhichWayIsBetter() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		syntheses.publish(q.synthesis());
		String html = mvc.perform(get("/syntheses/{id}", q.synthesis())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Element> charts = SvgChecks.charts(html);
		assertThat(charts).hasSize(3);
		charts.forEach(SvgChecks::readable);
		assertThat(SvgChecks.texts(charts.get(0))).anySatisfy(t -> assertThat(t).endsWith("improved")).contains("none", "all");
		assertThat(SvgChecks.texts(charts.get(1))).contains("Right of the 0 line is better →")
			.anySatisfy(t -> assertThat(t).contains(": median "));
		assertThat(SvgChecks.texts(charts.get(2))).anySatisfy(t -> assertThat(t).startsWith("Committed: ").endsWith(" days"))
			.anySatisfy(t -> assertThat(t).startsWith("Used: ").endsWith(" days"));
	}

	@Test
	void theSynthesisPdfIsTaggedAndCarriesItsChartsWithAlternativeText() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		syntheses.publish(q.synthesis());
		byte[] pdf = mvc.perform(get("/syntheses/{id}/synthesis.pdf", q.synthesis())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		PdfChecks.acceptedByOutsideTools(pdf);
		List<String> alts = PdfChecks.accessible(pdf, syntheses.load(q.synthesis()).title());
		assertThat(alts).hasSize(3);
		assertThat(alts.get(0)).startsWith("Measures that improved, by kind of measure.").contains(" improved.");
		assertThat(alts.get(1)).startsWith("Spread of change in the better direction").contains("median");
		assertThat(alts.get(2)).startsWith("Release days committed and used: ").contains("days committed");
		assertThat(String.join("", PdfChecks.pageTexts(pdf))).doesNotContain("Draft");
	}
}

package org.practiceexchange.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.export.SvgChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The before/after chart as the inquiry and report pages show it: parsed from the page, its text
 * body size and inside the chart, the measure's own scale written in its unit, the direction of
 * better in words, and the table of the same figures beside it in a scroll region a narrow screen
 * can reach by keyboard.
 */
@IntegrationTest
class ChartPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Test
	void theInquiryAndReportPagesShowAReadableChartBesideTheirTable() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long report = fixtures.aReport(r, ReportStatus.DRAFT);
		for (String path : List.of("/inquiries/" + r.inquiryId(), "/reports/" + report)) {
			Document page = Jsoup.parse(mvc.perform(get(path).with(user(r.group().member()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
			List<Element> charts = page.select("svg.px-chart");
			assertThat(charts).as(path).hasSize(1);
			Element chart = charts.get(0);
			SvgChecks.readable(chart);
			List<String> texts = SvgChecks.texts(chart);
			assertThat(texts).as(path).anySatisfy(t -> assertThat(t).matches("[↑↓] (Higher|Lower) is better"))
				.anySatisfy(t -> assertThat(t).startsWith("Baseline: ")).anySatisfy(t -> assertThat(t).startsWith("Re-audit: 7"));
			assertThat(chart.attr("aria-label")).as(path).contains("re-audit 7").contains("is better.");
			Element region = page.selectFirst(".app-table-scroll[role=region][tabindex=0]:has(table caption)");
			assertThat(region).as(path + ": the table in a scroll region").isNotNull();
			Element caption = page.getElementById(region.attr("aria-labelledby"));
			assertThat(caption).as(path + ": the region named by its caption").isNotNull();
			assertThat(caption.tagName()).as(path + ": the region named by its caption").isEqualTo("caption");
		}
	}
}

package org.practiceexchange.inquiry;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inquiry page explains each stage in plain words: the current one shown, the others a click away. */
@IntegrationTest
class InquiryGuidanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Test
	void theCurrentStagesGuidanceIsShownAndTheOthersAreInDetails() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.AUDIT);
		Document page = page(id, group.member());
		assertThat(page.select("#guidance-current h3").text()).isEqualTo("About this stage: Audit");
		assertThat(page.select("#guidance-current").text())
			.contains("What it is for").contains("how things are now, before you change anything")
			.contains("What good looks like").contains("count, time or rate the same way twice")
			.contains("An example").contains("Learners ready in the first five minutes");
		assertThat(page.select("#guidance details.govuk-details summary").eachText())
			.containsExactly("Plan", "Intervene", "Re-audit", "Evaluate", "Complete");
		assertThat(page.select("#guidance-PLAN .govuk-details__text").text()).contains("success criterion")
			.contains("used in 8 of the next 10 sessions");
		assertThat(page.select("#guidance-AUDIT")).isEmpty();

		Long reaudit = fixtures.anInquiry(group, Stage.REAUDIT);
		Document later = page(reaudit, group.mentor());
		assertThat(later.select("#guidance-current h3").text()).isEqualTo("About this stage: Re-audit");
		assertThat(later.select("#guidance-current").text()).contains("same measures, collected the same way");
		assertThat(later.select("#guidance details summary").eachText()).contains("Audit").doesNotContain("Re-audit");
		for (Stage stage : Stage.values()) {
			if (stage != Stage.REAUDIT) {
				assertThat(later.select("#guidance-" + stage + " .govuk-details__text p")).as(stage.name()).hasSize(3);
			}
		}
	}

	private Document page(Long id, SignedInPerson viewer) throws Exception {
		return Html.of(mvc.perform(get("/inquiries/{id}", id).with(user(viewer))).andExpect(status().isOk()).andReturn());
	}
}

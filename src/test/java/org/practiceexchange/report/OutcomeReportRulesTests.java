package org.practiceexchange.report;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outcome report's own rules: its length guide (two to three sides, not the practitioner
 * report's four to five), the pre-filled headings that do not count as writing at submission, and
 * the validator's comment that does not send the report back.
 */
@IntegrationTest
class OutcomeReportRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	Mailbox mailbox;

	@Test
	void theStartedDraftCannotBeSubmittedUntilEachSectionHasTextOfItsOwn() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		SignedInPerson lead = r.group().lead();
		Long id = startOutcomeReport(r, lead);
		String leadHeading = r.group().memberOrganisation().name() + " (lead provider):";
		assertThat(reports.fullView(id, lead).current().sections().get(0).text()).contains(leadHeading);

		mvc.perform(post("/reports/{id}/submit", id).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + id))
			.andExpect(flash().attribute("problem", allOf(containsString("Partners' contributions"),
					containsString("Outcomes against those promised"))));
		assertThat(reports.fullView(id, lead).status()).isEqualTo(ReportStatus.DRAFT);

		String contributions = reports.fullView(id, lead).current().sections().get(0).text();
		mvc.perform(post("/reports/{id}/edit", id).with(user(lead)).with(csrf()).param("title", "What the group achieved")
			.param("summary", "Two providers, one task bank").param("contributions", contributions)
			.param("outcomes", "A task bank was promised and is in use in both providers."))
			.andExpect(redirectedUrl("/reports/" + id));
		mvc.perform(post("/reports/{id}/submit", id).with(user(lead)).with(csrf()))
			.andExpect(flash().attribute("problem", allOf(containsString("Partners' contributions"),
					org.hamcrest.Matchers.not(containsString("Outcomes against those promised")))));
		assertThat(reports.fullView(id, lead).status()).isEqualTo(ReportStatus.DRAFT);

		mvc.perform(post("/reports/{id}/edit", id).with(user(lead)).with(csrf()).param("title", "What the group achieved")
			.param("summary", "Two providers, one task bank")
			.param("contributions", contributions.replace(leadHeading, leadHeading + " ran the tasks with two classes."))
			.param("outcomes", "A task bank was promised and is in use in both providers."))
			.andExpect(redirectedUrl("/reports/" + id));
		mvc.perform(post("/reports/{id}/submit", id).with(user(lead)).with(csrf()))
			.andExpect(flash().attributeCount(1)).andExpect(flash().attributeExists("flash"));
		assertThat(reports.fullView(id, lead).status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void anOutcomeReportHasItsOwnLengthGuide() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		SignedInPerson lead = r.group().lead();
		Long id = startOutcomeReport(r, lead);
		mvc.perform(get("/reports/{id}", id).with(user(lead)))
			.andExpect(content().string(containsString("The guide is 2 to 3 sides.")));
		mvc.perform(get("/reports/{id}/edit", id).with(user(lead)))
			.andExpect(content().string(containsString("guide of 2 to 3 sides")));
		Long practitionerReport = fixtures.aReport(r, ReportStatus.DRAFT);
		mvc.perform(get("/reports/{id}", practitionerReport).with(user(r.group().member())))
			.andExpect(content().string(containsString("The guide is 4 to 5 sides.")));
	}

	@Test
	void theValidatorCommentsWithoutSendingTheReportBackAndThenSignsItOff() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		SignedInPerson lead = r.group().lead();
		SignedInPerson validator = r.group().validator();
		Long id = fixtures.anOutcomeReport(r, ReportStatus.SUBMITTED);

		mvc.perform(post("/reports/{id}/comments", id).with(user(validator)).with(csrf())
			.param("body", "A fine report; the second outcome could name its evidence.").param("sendBack", "false"))
			.andExpect(redirectedUrl("/reports/" + id))
			.andExpect(flash().attribute("flash", containsString("still with you to sign off")));
		ReportViews.Full after = reports.fullView(id, lead);
		assertThat(after.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(after.comments()).extracting(ReportViews.CommentView::body)
			.containsExactly("A fine report; the second outcome could name its evidence.");
		assertThat(mailbox.awaitMessage(lead.email(), "A comment on your report").body())
			.contains("has not been sent back");
		mvc.perform(get("/reports/{id}", id).with(user(lead)))
			.andExpect(content().string(containsString("the second outcome could name its evidence")))
			.andExpect(content().string(containsString("without sending it back")));

		mvc.perform(post("/api/reports/{id}/comments", id).with(user(validator)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"And one more remark.\",\"sendBack\":false}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"));

		mvc.perform(post("/reports/{id}/sign-off", id).with(user(validator)).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + id));
		assertThat(reports.fullView(id, lead).status()).isEqualTo(ReportStatus.SIGNED_OFF);
		assertThat(reports.fullView(id, lead).comments()).hasSize(2);
	}

	private Long startOutcomeReport(ReportFixtures.Reporting r, SignedInPerson lead) throws Exception {
		String location = mvc.perform(post("/projects/{id}/outcome-report", r.project().id()).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrlPattern("/reports/*/edit")).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.split("/")[2]);
	}
}

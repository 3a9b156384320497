package org.practiceexchange.report;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report editor offers the inquiry's intervention log as material for the section on the nature
 * of the initiative: listed beside it, and added to its text (with everything typed so far) by a button.
 */
@IntegrationTest
class ReportInterventionLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	ReportWorkflow workflow;

	@Test
	void theLogIsListedBesideTheNatureSectionAndAddedToItOnlyOnce() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson author = group.member();
		Long inquiry = inquiries.anInquiry(group, Stage.EVALUATE);
		inquiries.log(group, inquiry, LocalDate.of(2027, 3, 2), "First recipe task", "Pairs checked each other");
		inquiries.log(group, inquiry, LocalDate.of(2027, 3, 9), "Second recipe task", null);
		Long report = workflow.startForInquiry(inquiry, author);

		Document editor = Html.of(mvc.perform(get("/reports/{id}/edit", report).with(user(author))).andExpect(status().isOk()).andReturn());
		assertThat(editor.select("#intervention-log tbody tr").eachText()).containsExactly(
				"2 March 2027 First recipe task Pairs checked each other", "9 March 2027 Second recipe task");
		assertThat(editor.select("#intervention-log button").attr("formaction")).isEqualTo("/reports/" + report + "/edit/log");
		assertThat(editor.select("#intervention-log button").parents().select("form#report-text")).isNotEmpty();
		String nature = editor.select("textarea[name=nature]").text();

		Document added = Html.of(mvc.perform(post("/reports/{id}/edit/log", report).with(user(author)).with(csrf())
			.param("title", "My typed title").param("nature", nature + "\n\nA paragraph I typed"))
			.andExpect(status().isOk()).andReturn());
		String withLog = added.select("textarea[name=nature]").text();
		assertThat(withLog).startsWith("Aim: Fractions through recipes").contains("A paragraph I typed")
			.contains("What I did during the intervention, from my log:")
			.contains("- 2 March 2027: First recipe task Observed: Pairs checked each other")
			.contains("- 9 March 2027: Second recipe task");
		assertThat(withLog.indexOf("A paragraph I typed")).isLessThan(withLog.indexOf("from my log"));
		assertThat(added.select("input[name=title]").val()).isEqualTo("My typed title");
		assertThat(added.select("#log-inserted").text()).contains("not saved yet");
		assertThat(workflow.interventionLog(inquiry)).hasSize(2);

		Document again = Html.of(mvc.perform(post("/reports/{id}/edit/log", report).with(user(author)).with(csrf())
			.param("title", "My typed title").param("nature", withLog)).andReturn());
		assertThat(again.select("textarea[name=nature]").text()).isEqualTo(withLog);

		mvc.perform(get("/reports/{id}/edit", report).with(user(author)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("A paragraph I typed"))));
		mvc.perform(post("/reports/{id}/edit", report).with(user(author)).with(csrf()).param("title", "My typed title")
			.param("nature", withLog)).andExpect(redirectedUrl("/reports/" + report));
		Document saved = Html.of(mvc.perform(get("/reports/{id}/edit", report).with(user(author))).andReturn());
		assertThat(saved.select("textarea[name=nature]").text()).contains("- 9 March 2027: Second recipe task");
	}

	@Test
	void onlyTheAuthorMayAddTheLogAndAReportWithoutOneOffersNothing() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.EVALUATE);
		Long report = workflow.startForInquiry(inquiry, group.member());
		Document editor = Html.of(mvc.perform(get("/reports/{id}/edit", report).with(user(group.member()))).andReturn());
		assertThat(editor.select("#intervention-log")).isEmpty();
		for (SignedInPerson other : new SignedInPerson[] { group.mentor(), group.facilitator(), group.manager(), group.lead() }) {
			mvc.perform(post("/reports/{id}/edit/log", report).with(user(other)).with(csrf()).param("title", "T"))
				.andExpect(status().isForbidden());
		}
		for (SignedInPerson stranger : new SignedInPerson[] { group.otherMember(), group.outsider(), group.reviewer() }) {
			mvc.perform(post("/reports/{id}/edit/log", report).with(user(stranger)).with(csrf()).param("title", "T"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/reports/{id}/edit/log", report).with(user(group.member())).param("title", "T"))
			.andExpect(status().isForbidden());
	}
}

package org.practiceexchange.conference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.report.ReportFixtures;
import org.practiceexchange.report.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider lead of a project's lead provider offers the project's signed-off outcome report to
 * the call for speakers: it becomes an application with the report linked, once per conference.
 */
@IntegrationTest
class OutcomeReportOfferTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	ReportFixtures reports;

	@Autowired
	TalkService talks;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void aLeadOfTheLeadProviderOffersTheSignedOffOutcomeReportAndItBecomesAnApplicationWithTheReportLinked()
			throws Exception {
		ReportFixtures.Reporting r = reports.aReportingGroup();
		Long report = reports.anOutcomeReport(r, ReportStatus.SIGNED_OFF);
		Long edition = fixtures.anEdition(100).id();
		SignedInPerson lead = r.group().lead();

		Document conference = page(get("/conferences/{id}", edition), lead);
		assertThat(conference.select("a[href=/conferences/" + edition + "/apply]")).hasSize(1);
		Document form = page(get("/conferences/{id}/apply", edition).param("work", "report:" + report), lead);
		assertThat(form.select("input[name=workKey]").attr("value")).isEqualTo("report:" + report);
		assertThat(form.select("#title").attr("value")).isEqualTo("Outcome report");

		Long application = offer(edition, lead, report);

		ConferenceViews.ApplicationView saved = talks.visible(application, lead);
		assertThat(saved.reportId()).isEqualTo(report);
		assertThat(saved.projectId()).isEqualTo(r.project().id());
		assertThat(saved.applicantId()).isEqualTo(lead.id());
		assertThat(saved.status()).isEqualTo(TalkApplication.Status.SUBMITTED);
		Document shown = page(get("/conference-applications/{id}", application), lead);
		assertThat(shown.select("#linked-report").attr("href")).isEqualTo("/reports/" + report);
		assertThat(page(get("/conferences/{id}", edition), lead).select("a[href=/conference-applications/" + application + "]"))
			.hasSize(1);
	}

	@Test
	void nobodyButALeadOfTheLeadProviderMayOfferIt() throws Exception {
		ReportFixtures.Reporting r = reports.aReportingGroup();
		Long report = reports.anOutcomeReport(r, ReportStatus.SIGNED_OFF);
		Long edition = fixtures.anEdition(100).id();
		SignedInPerson partnerLead = accounts.aPerson(Role.PROVIDER_LEAD, r.group().partnerOrganisation());

		for (SignedInPerson someone : new SignedInPerson[] { partnerLead, r.group().otherLead(), r.group().member() }) {
			assertThat(talks.workOf(someone.id())).noneMatch(w -> w.key().equals("report:" + report));
			Document refused = page(post("/conferences/{id}/apply", edition).with(csrf()).param("workKey", "report:" + report)
				.param("title", "Not ours").param("summary", "Borrowed"), someone);
			assertThat(refused.select(".govuk-error-summary").text()).contains("Choose one of your completed pieces of work");
		}
		mvc.perform(post("/conferences/{id}/apply", edition).with(user(r.group().validator())).with(csrf())
			.param("workKey", "report:" + report).param("title", "x").param("summary", "y"))
			.andExpect(status().isForbidden());
		assertThat(talks.forReview(edition)).isEmpty();
	}

	@Test
	void anOutcomeReportNotYetSignedOffCannotBeOffered() {
		ReportFixtures.Reporting r = reports.aReportingGroup();
		Long report = reports.anOutcomeReport(r, ReportStatus.SUBMITTED);

		assertThat(talks.workOf(r.group().lead().id())).noneMatch(w -> w.key().equals("report:" + report));
	}

	@Test
	void theReportIsOfferedOnceToEachConferenceWhoeverOffersIt() throws Exception {
		ReportFixtures.Reporting r = reports.aReportingGroup();
		Long report = reports.anOutcomeReport(r, ReportStatus.SIGNED_OFF);
		Long edition = fixtures.anEdition(100).id();
		SignedInPerson lead = r.group().lead();
		SignedInPerson secondLead = accounts.aPerson(Role.PROVIDER_LEAD, r.group().memberOrganisation());
		assertThat(talks.workOf(secondLead.id())).anyMatch(w -> w.key().equals("report:" + report));
		Long first = offer(edition, lead, report);

		Document again = page(post("/conferences/{id}/apply", edition).with(csrf()).param("workKey", "report:" + report)
			.param("title", "Again").param("summary", "Again"), lead);
		assertThat(again.select(".govuk-error-summary").text()).contains("You have already applied to present this work");
		Document colleague = page(post("/conferences/{id}/apply", edition).with(csrf()).param("workKey", "report:" + report)
			.param("title", "Ours too").param("summary", "Ours too"), secondLead);
		assertThat(colleague.select(".govuk-error-summary").text())
			.contains("This work has already been offered to this conference");
		assertThat(talks.forReview(edition)).extracting(ConferenceViews.ApplicationView::id).containsExactly(first);

		Long nextYear = fixtures.anEdition(100).id();
		assertThat(offer(nextYear, secondLead, report)).isNotEqualTo(first);
	}

	private Long offer(Long edition, SignedInPerson lead, Long report) throws Exception {
		String location = mvc.perform(post("/conferences/{id}/apply", edition).with(user(lead)).with(csrf())
			.param("workKey", "report:" + report).param("title", "Outcome report")
			.param("summary", "Three providers, one toolkit"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/conference-applications/");
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			SignedInPerson who) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}

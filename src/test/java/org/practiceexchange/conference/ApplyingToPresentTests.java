package org.practiceexchange.conference;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
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

@IntegrationTest
class ApplyingToPresentTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	TalkService talks;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures reportFixtures;

	@Test
	void aCompleteInquiryIsPresentableWorkAndIncompleteOnesAreNot() {
		ProjectFixtures.Group group = projects.aGroup();
		Long complete = inquiries.anInquiry(group, Stage.COMPLETE);
		ProjectFixtures.Group other = projects.aGroup();
		inquiries.anInquiry(other, Stage.EVALUATE);

		List<PresentableWork.Work> work = talks.workOf(group.member().id());

		assertThat(work).singleElement().satisfies(w -> {
			assertThat(w.key()).isEqualTo("inquiry:" + complete);
			assertThat(w.title()).isEqualTo("Fractions through recipes");
			assertThat(w.summary()).isEqualTo("More correct answers");
			assertThat(w.measuresChanged()).containsExactly("Correct answers on the fractions check: 4 questions to 7 questions");
			assertThat(w.projectId()).isEqualTo(group.project().id());
		});
		assertThat(talks.workOf(other.member().id())).isEmpty();
	}

	@Test
	void aSignedOffReportIsPresentableWorkWithTheOutputPublishedFromIt() throws Exception {
		ReportFixtures.Reporting r = reportFixtures.aReportingGroup();
		Long report = reportFixtures.aReport(r, ReportStatus.SIGNED_OFF);
		Long output = reportFixtures.publish(r, report);

		List<PresentableWork.Work> work = talks.workOf(r.group().member().id());

		assertThat(work).extracting(PresentableWork.Work::key).containsExactly("report:" + report, "inquiry:" + r.inquiryId());
		assertThat(work.get(0)).satisfies(w -> {
			assertThat(w.title()).isEqualTo("Fractions through recipes");
			assertThat(w.summary()).isEqualTo("More correct answers");
			assertThat(w.measuresChanged()).containsExactly("Correct answers on the fractions check: 4 questions to 7 questions");
			assertThat(w.reportId()).isEqualTo(report);
			assertThat(w.inquiryId()).isEqualTo(r.inquiryId());
			assertThat(w.outputIds()).startsWith(output);
		});
		Long edition = fixtures.anEdition(100).id();
		Document form = Jsoup.parse(mvc.perform(get("/conferences/{id}/apply", edition).param("work", "report:" + report)
			.with(user(r.group().member()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("#title").attr("value")).isEqualTo("Fractions through recipes");
		assertThat(form.select("input[name=workKey]").attr("value")).isEqualTo("report:" + report);
	}

	@Test
	void theFormStartsFilledInFromTheChosenWorkAndTheApplicantCanChangeIt() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.COMPLETE);
		Long id = fixtures.anEdition(100).id();

		Document form = Jsoup.parse(mvc.perform(get("/conferences/{id}/apply", id).with(user(group.member())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("#title").attr("value")).isEqualTo("Fractions through recipes");
		assertThat(form.select("#summary").text()).isEqualTo("More correct answers");
		assertThat(form.select("#measuresChanged").text()).contains("4 questions to 7 questions");
		assertThat(form.select("input[name=workKey]").attr("value")).isEqualTo("inquiry:" + inquiry);

		String location = mvc.perform(post("/conferences/{id}/apply", id).with(user(group.member())).with(csrf())
			.param("workKey", "inquiry:" + inquiry).param("title", "Recipes and fractions: a term's work")
			.param("summary", "What we did").param("measuresChanged", "Correct answers: 4 to 7"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		assertThat(location).startsWith("/conference-applications/");
		Long applicationId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		ConferenceViews.ApplicationView saved = talks.visible(applicationId, group.member());
		assertThat(saved.title()).isEqualTo("Recipes and fractions: a term's work");
		assertThat(saved.inquiryId()).isEqualTo(inquiry);
		assertThat(saved.projectId()).isEqualTo(group.project().id());
		assertThat(saved.status()).isEqualTo(TalkApplication.Status.SUBMITTED);
	}

	@Test
	void nobodyCanApplyWithWorkThatIsNotTheirs() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.COMPLETE);
		Long id = fixtures.anEdition(100).id();

		Document page = Jsoup.parse(mvc.perform(post("/conferences/{id}/apply", id).with(user(group.otherMember()))
			.with(csrf()).param("workKey", "inquiry:" + inquiry).param("title", "Borrowed").param("summary", "Not mine"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".govuk-error-summary").text()).contains("Choose one of your completed pieces of work");
	}

	@Test
	void applyingOnceTheCallIsClosedIsRefused() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		inquiries.anInquiry(group, Stage.COMPLETE);
		Long id = fixtures.anEdition(100).id();
		talks.checkMayApply(id);
		closeCall(id);

		mvc.perform(get("/conferences/{id}/apply", id).with(user(group.member())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "The call for speakers is not open"));
	}

	@Autowired
	ConferenceService conferences;

	private void closeCall(Long id) {
		conferences.closeCall(id);
	}

	@Test
	void reviewersScoreAndApplicantsHearTheDecisionByEmail() throws Exception {
		Long id = fixtures.anEdition(100).id();
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson reviewer = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		Long application = fixtures.anApplication(id, applicant);

		mvc.perform(post("/conference-applications/{id}/score", application).with(user(reviewer)).with(csrf())
			.param("score", "4").param("comments", "Clear and useful")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/conference-applications/{id}/score", application).with(user(manager)).with(csrf())
			.param("score", "5")).andExpect(status().is3xxRedirection());
		Document invalid = Jsoup.parse(mvc.perform(post("/conference-applications/{id}/score", application)
			.with(user(reviewer)).with(csrf()).param("score", "9")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(invalid.select("#score-error").text()).contains("Give a score from 1 to 5");

		assertThat(talks.visible(application, manager).averageScore()).isEqualTo(4.5);

		mvc.perform(post("/conference-applications/{id}/decision", application).with(user(reviewer)).with(csrf())
			.param("decision", "SELECT")).andExpect(status().is3xxRedirection());

		assertThat(talks.visible(application, applicant).status()).isEqualTo(TalkApplication.Status.SELECTED);
		assertThat(mailbox.awaitMessage(applicant.email(), "Your talk has been selected").body())
			.contains("/conference-applications/" + application);
	}

	@Test
	void aDeclinedApplicantIsToldKindly() throws Exception {
		Long id = fixtures.anEdition(100).id();
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		Long application = fixtures.anApplication(id, applicant);

		talks.decide(application, manager, false);

		assertThat(mailbox.awaitMessage(applicant.email(), "Your application to present").body())
			.contains("cannot offer it a slot");
	}

	@Test
	void anApplicantMayWithdrawTheirApplication() throws Exception {
		Long id = fixtures.anEdition(100).id();
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long application = fixtures.anApplication(id, applicant);

		mvc.perform(post("/conference-applications/{id}/withdraw", application).with(user(applicant)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(talks.visible(application, applicant).status()).isEqualTo(TalkApplication.Status.WITHDRAWN);
	}
}

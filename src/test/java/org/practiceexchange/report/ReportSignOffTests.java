package org.practiceexchange.report;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.resource.OutputStatus;
import org.practiceexchange.resource.OutputType;
import org.practiceexchange.resource.Outputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-off in the browser: submitted, the mentor's comments, revised, signed off; the e-mails on
 * the way; a correction as a new version; publishing as an output in one step; and the outcome
 * report signed off by the project's named validator.
 */
@IntegrationTest
class ReportSignOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Outputs outputs;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	org.practiceexchange.programme.ProgrammeFixtures programmes;

	@Test
	void draftSubmittedCommentedRevisedAndSignedOffWithAnEmailAtEachStep() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var member = r.group().member();
		var mentor = r.group().mentor();
		var facilitator = r.group().facilitator();
		Long id = fixtures.aReport(r, ReportStatus.DRAFT);
		String page = "/reports/" + id;

		mvc.perform(post(page + "/sign-off").with(user(mentor)).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("Only a submitted report")));
		mvc.perform(post(page + "/submit").with(user(member)).with(csrf()))
			.andExpect(redirectedUrl(page)).andExpect(flash().attribute("flash", containsString("sent to be signed off")));
		ReceivedMail request = mailbox.awaitMessage(mentor.email(), "Report to sign off");
		assertThat(request.body()).contains(member.name()).contains("/reports/" + id);
		mvc.perform(get(page + "/edit").with(user(member))).andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/edit").with(user(member)).with(csrf()).param("title", "Changed while waiting"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("waiting for a decision")));

		mvc.perform(get(page).with(user(facilitator))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Send comments to the author")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign the report off"))));
		mvc.perform(post(page + "/sign-off").with(user(facilitator)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/comments").with(user(mentor)).with(csrf()).param("body", ""))
			.andExpect(flash().attribute("problem", containsString("Write your comments")));
		mvc.perform(post(page + "/comments").with(user(mentor)).with(csrf()).param("body", "Say more about the recipes."))
			.andExpect(redirectedUrl(page));
		assertThat(reports.fullView(id, member).status()).isEqualTo(ReportStatus.COMMENTED);
		ReceivedMail comments = mailbox.awaitMessage(member.email(), "Comments on your report");
		assertThat(comments.body()).contains("Say more about the recipes.");

		mvc.perform(post(page + "/edit").with(user(member)).with(csrf()).param("title", "Fractions through recipes")
			.param("summary", "More correct answers").param("nature", "Recipes, with more about the recipes.")
			.param("contentLessons", "Recipes gave a reason to use fractions").param("processLessons", "Short weekly cycles worked")
			.param("implications", "Share the task bank across the maths team"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/submit").with(user(member)).with(csrf())).andExpect(redirectedUrl(page));
		assertThat(reports.fullView(id, member).status()).isEqualTo(ReportStatus.REVISED);
		mailbox.awaitMessage(mentor.email(), "Revised report to sign off");

		mvc.perform(post(page + "/sign-off").with(user(mentor)).with(csrf())).andExpect(redirectedUrl(page));
		ReportViews.Full signed = reports.fullView(id, member);
		assertThat(signed.status()).isEqualTo(ReportStatus.SIGNED_OFF);
		assertThat(signed.signedOffVersion()).isEqualTo(1);
		assertThat(signed.current().signedOffByName()).isEqualTo(mentor.name());
		assertThat(mailbox.awaitMessage(member.email(), "Your report has been signed off").body()).contains("version 1");
		assertThat(signed.history()).extracting(ReportViews.EventView::action).containsExactly(Report.Action.STARTED,
				Report.Action.SUBMITTED, Report.Action.COMMENTED, Report.Action.EDITED, Report.Action.RESUBMITTED,
				Report.Action.SIGNED_OFF);
		assertThat(signed.history()).extracting(ReportViews.EventView::personName).containsExactly(member.name(),
				member.name(), mentor.name(), member.name(), member.name(), mentor.name());
		mvc.perform(get(page).with(user(member))).andExpect(content().string(containsString("Signed off by " + mentor.name())));
	}

	@Test
	void aSignedOffReportNeverChangesSilentlyACorrectionIsANewVersion() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var member = r.group().member();
		Long id = fixtures.aReport(r, ReportStatus.SIGNED_OFF);
		String page = "/reports/" + id;

		mvc.perform(post(page + "/edit").with(user(member)).with(csrf()).param("title", "Quietly changed"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("start a correction")));
		assertThat(reports.fullView(id, member).current().title()).isEqualTo("Fractions through recipes");
		mvc.perform(post(page + "/corrections").with(user(r.group().mentor())).with(csrf()).param("reason", "Mine"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/corrections").with(user(member)).with(csrf()).param("reason", ""))
			.andExpect(flash().attribute("problem", containsString("Say what the correction is for")));
		mvc.perform(post(page + "/corrections").with(user(member)).with(csrf()).param("reason", "The baseline date was wrong"))
			.andExpect(redirectedUrl(page + "/edit"));
		saveText(page, member, "Fractions through recipes", "More correct answers", "Corrected: the baseline was in September.");

		ReportViews.Full corrected = reports.fullView(id, member);
		assertThat(corrected.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(corrected.current().number()).isEqualTo(2);
		assertThat(corrected.current().correctionReason()).isEqualTo("The baseline date was wrong");
		assertThat(corrected.signedOffVersion()).isEqualTo(1);
		assertThat(corrected.correcting()).isTrue();
		ReportViews.VersionView first = reports.version(id, 1, member);
		assertThat(first.signedOff()).isTrue();
		assertThat(first.sections().get(0).text()).doesNotContain("Corrected");
		assertThat(corrected.history()).extracting(ReportViews.EventView::action).endsWith(Report.Action.CORRECTION_STARTED,
				Report.Action.EDITED);
		assertThat(corrected.history().get(corrected.history().size() - 1).version()).isEqualTo(2);
		mvc.perform(get(page + "/versions/1").with(user(r.group().mentor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Signed off by " + r.group().mentor().name())));
		mvc.perform(get(page).with(user(member))).andExpect(content().string(containsString("is a correction of signed-off version 1")));
		mvc.perform(get(page + "/versions/1/report.pdf").with(user(member))).andExpect(status().isOk());
		mvc.perform(get(page + "/versions/3").with(user(member))).andExpect(status().isNotFound());
	}

	@Test
	void theAuthorPublishesASignedOffReportAsAnOutputInOneStep() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long draft = fixtures.aReport(fixtures.aReportingGroup(), ReportStatus.DRAFT);
		Long id = fixtures.aReport(r, ReportStatus.SIGNED_OFF);
		mvc.perform(post("/reports/{id}/publish", id).with(user(r.group().mentor())).with(csrf()).param("licence", "CC_BY_4_0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/{id}/publish", draft).with(user(accounts.aPerson(java.util.EnumSet.of(Role.PROGRAMME_MANAGER))))
			.with(csrf()).param("licence", "CC_BY_4_0"))
			.andExpect(flash().attribute("problem", containsString("Only a signed-off report")));

		mvc.perform(post("/reports/{id}/publish", id).with(user(r.group().member())).with(csrf()).param("licence", "CC_BY_SA_4_0"))
			.andExpect(flash().attribute("problem", containsString("Choose at least one theme")));
		String location = mvc.perform(post("/reports/{id}/publish", id).with(user(r.group().member())).with(csrf())
			.param("licence", "CC_BY_SA_4_0").param("themeIds", programmes.themeId("ESOL").toString()))
			.andExpect(redirectedUrlPattern("/outputs/*")).andReturn().getResponse().getRedirectedUrl();
		Long outputId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var output = outputs.findPublished(outputId).orElseThrow();
		assertThat(output.status()).isEqualTo(OutputStatus.PUBLISHED);
		assertThat(output.type()).isEqualTo(OutputType.REPORT);
		assertThat(output.reportId()).isEqualTo(id);
		assertThat(output.title()).isEqualTo("Fractions through recipes");
		assertThat(output.licence().name()).isEqualTo("CC_BY_SA_4_0");
		assertThat(output.themes()).containsExactly("ESOL");
		assertThat(output.authors()).isEqualTo(r.group().member().name());
		assertThat(outputs.publishedForProject(r.project().id())).extracting(o -> o.id()).contains(outputId);
		mvc.perform(get("/outputs/{id}", outputId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Fractions through recipes")));
		mvc.perform(get("/reports/{id}", id).with(user(r.group().member())))
			.andExpect(content().string(containsString("/outputs/" + outputId)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Publish the report"))));
		assertThat(reports.fullView(id, r.group().member()).history()).extracting(ReportViews.EventView::action)
			.endsWith(Report.Action.PUBLISHED);
	}

	@Test
	void aCorrectionSignedOffAgainIsPublishedAsTheSameOutputsNewEdition() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var member = r.group().member();
		Long id = fixtures.aReport(r, ReportStatus.SIGNED_OFF);
		Long outputId = fixtures.publish(r, id);
		String page = "/reports/" + id;
		mvc.perform(get(page).with(user(member)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("new edition"))));

		mvc.perform(post(page + "/corrections").with(user(member)).with(csrf()).param("reason", "The baseline was wrong"))
			.andExpect(redirectedUrl(page + "/edit"));
		saveText(page, member, "Fractions through recipes, corrected", "More correct answers, measured from September",
				"The baseline was in September.");
		mvc.perform(post(page + "/submit").with(user(member)).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/sign-off").with(user(r.group().mentor())).with(csrf())).andExpect(redirectedUrl(page));
		// version 2 is signed off; the output still holds version 1 until someone publishes it
		assertThat(outputs.findPublished(outputId).orElseThrow().title()).isEqualTo("Fractions through recipes");
		mvc.perform(get(page).with(user(member)))
			.andExpect(content().string(containsString("Publish version 2 as the output&#39;s new edition")));

		mvc.perform(post(page + "/publish").with(user(member)).with(csrf()).param("licence", "CC_BY_4_0")
			.param("themeIds", programmes.themeId("Maths").toString()))
			.andExpect(redirectedUrl("/outputs/" + outputId));
		var output = outputs.findPublished(outputId).orElseThrow();
		assertThat(output.title()).isEqualTo("Fractions through recipes, corrected");
		assertThat(output.summary()).isEqualTo("More correct answers, measured from September");
		mvc.perform(get("/outputs/{id}", outputId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("report-" + id + "-v1.pdf")))
			.andExpect(content().string(containsString("report-" + id + "-v2.pdf")));
		assertThat(reports.fullView(id, member).history()).filteredOn(e -> e.action() == Report.Action.PUBLISHED)
			.extracting(ReportViews.EventView::version).containsExactly(1, 2);
		mvc.perform(get(page).with(user(member)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("new edition"))));

		// publishing the same version again changes nothing
		mvc.perform(post(page + "/publish").with(user(member)).with(csrf()).param("licence", "CC_BY_4_0")
			.param("themeIds", programmes.themeId("Maths").toString()))
			.andExpect(redirectedUrl("/outputs/" + outputId));
		assertThat(reports.fullView(id, member).history()).filteredOn(e -> e.action() == Report.Action.PUBLISHED).hasSize(2);
		org.assertj.core.api.Assertions.assertThat(
				mvc.perform(get("/outputs/{id}", outputId)).andReturn().getResponse().getContentAsString())
			.containsOnlyOnce("report-" + id + "-v2.pdf");
	}

	@Test
	void theProjectsNamedValidatorSignsOffItsOutcomeReport() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var lead = r.group().lead();
		var validator = r.group().validator();
		mvc.perform(get("/projects/{id}", r.project().id()).with(user(lead)))
			.andExpect(content().string(containsString("/projects/" + r.project().id() + "/outcome-report")));
		mvc.perform(post("/projects/{id}/outcome-report", r.project().id()).with(user(r.group().facilitator())).with(csrf()))
			.andExpect(status().isForbidden());
		String location = mvc.perform(post("/projects/{id}/outcome-report", r.project().id()).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrlPattern("/reports/*/edit")).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[2]);
		ReportViews.Full started = reports.fullView(id, lead);
		assertThat(started.kind()).isEqualTo(ReportKind.OUTCOME);
		assertThat(started.current().sections()).extracting(ReportViews.SectionView::heading)
			.containsExactly("Partners' contributions", "Outcomes against those promised");
		assertThat(started.current().sections().get(0).text()).contains(r.group().memberOrganisation().name() + " (lead provider)")
			.contains(r.group().partnerOrganisation().name() + " (partner)");
		assertThat(started.current().measures()).hasSize(1);

		mvc.perform(post("/reports/{id}/edit", id).with(user(lead)).with(csrf()).param("title", "What the group achieved")
			.param("summary", "Two providers, one task bank").param("contributions", "Each provider ran the tasks.")
			.param("outcomes", "A task bank was promised and is in use."))
			.andExpect(redirectedUrl("/reports/" + id));
		mvc.perform(post("/reports/{id}/submit", id).with(user(lead)).with(csrf())).andExpect(redirectedUrl("/reports/" + id));
		mailbox.awaitMessage(validator.email(), "Report to sign off");
		mvc.perform(post("/reports/{id}/sign-off", id).with(user(r.group().mentor())).with(csrf())).andExpect(status().isForbidden());
		var otherValidator = accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation());
		mvc.perform(post("/reports/{id}/sign-off", id).with(user(otherValidator)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/reports").with(user(validator))).andExpect(content().string(containsString("What the group achieved")));
		mvc.perform(post("/reports/{id}/sign-off", id).with(user(validator)).with(csrf())).andExpect(redirectedUrl("/reports/" + id));
		assertThat(reports.fullView(id, lead).current().signedOffByName()).isEqualTo(validator.name());
		mailbox.awaitMessage(lead.email(), "Your report has been signed off");
		mvc.perform(get("/projects/{id}", r.project().id()).with(user(r.group().member())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/reports/" + id + "\""))));
	}

	/** The author saves the report's text in the editor. */
	private void saveText(String page, org.practiceexchange.account.SignedInPerson author, String title, String summary,
			String nature) throws Exception {
		mvc.perform(post(page + "/edit").with(user(author)).with(csrf()).param("title", title).param("summary", summary)
			.param("nature", nature).param("contentLessons", "Recipes gave a reason to use fractions")
			.param("processLessons", "Short weekly cycles worked").param("implications", "Share the task bank across the maths team"))
			.andExpect(redirectedUrl(page));
	}
}

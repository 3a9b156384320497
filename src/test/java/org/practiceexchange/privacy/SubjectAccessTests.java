package org.practiceexchange.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.TestPerson;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.report.ReportFixtures;
import org.practiceexchange.report.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubjectAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures reports;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Mail mail;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPersonGetsTheirOwnDataFromEveryModuleAndNobodyElses() throws Exception {
		ReportFixtures.Reporting mine = reports.aReportingGroup();
		Long reportId = reports.aReport(mine, ReportStatus.SIGNED_OFF);
		Long outputId = reports.publish(mine, reportId);
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), 10);
		Long applicationId = programmes.anApplication(mine.group().member(), cohort);

		ReportFixtures.Reporting theirs = reports.aReportingGroup();
		Long theirReport = reports.aReport(theirs, ReportStatus.SIGNED_OFF);
		Long theirOutput = reports.publish(theirs, theirReport);
		Long theirApplication = programmes.anApplication(theirs.group().member(), cohort);

		var me = mine.group().member();
		mvc.perform(get("/api/me/export").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.account.id").value(me.id()))
			.andExpect(jsonPath("$.account.email").value(me.email()))
			.andExpect(jsonPath("$.account.status").value("ACTIVE"))
			.andExpect(jsonPath("$.account.verified").value(true))
			.andExpect(jsonPath("$.account.createdAt").isNotEmpty())
			.andExpect(jsonPath("$.organisations[*].id", contains(mine.group().memberOrganisation().id().intValue())))
			.andExpect(jsonPath("$.roles", contains("PRACTITIONER")))
			.andExpect(jsonPath("$.applications[*].id", contains(applicationId.intValue())))
			.andExpect(jsonPath("$.applications[0].statement").value("Improving feedback"))
			.andExpect(jsonPath("$.memberships[*].projectId", contains(mine.project().id().intValue())))
			.andExpect(jsonPath("$.memberships[0].role").value("MEMBER"))
			.andExpect(jsonPath("$.memberships[0].focus").value("Fractions in level 1 maths"))
			.andExpect(jsonPath("$.inquiries[*].id", contains(mine.inquiryId().intValue())))
			.andExpect(jsonPath("$.inquiries[0].measures[0].name").value("Correct answers on the fractions check"))
			.andExpect(jsonPath("$.inquiries[0].measures[0].baseline").value(4.0))
			.andExpect(jsonPath("$.inquiries[0].plans[0].actions[0].what").value("Weekly recipe task"))
			.andExpect(jsonPath("$.inquiries[0].evaluation.whatChanged").value("More correct answers"))
			.andExpect(jsonPath("$.reports[*].id", contains(reportId.intValue())))
			.andExpect(jsonPath("$.reports[0].versions[0].number").value(1))
			.andExpect(jsonPath("$.reports[0].comments[0].body").value("Say more about the process."))
			.andExpect(jsonPath("$.outputs[*].id", contains(outputId.intValue())))
			.andExpect(jsonPath("$.cascade").isArray())
			.andExpect(jsonPath("$.consultationResponses").isArray())
			.andExpect(jsonPath("$.communityPosts").isArray())
			.andExpect(jsonPath("$.notificationChoices.DECISION").value("IMMEDIATELY"))
			.andExpect(jsonPath("$.signInHistory.kept").value(false))
			.andExpect(jsonPath("$.applications[*].id", not(hasItem(theirApplication.intValue()))))
			.andExpect(jsonPath("$.reports[*].id", not(hasItem(theirReport.intValue()))))
			.andExpect(jsonPath("$.outputs[*].id", not(hasItem(theirOutput.intValue()))))
			.andExpect(jsonPath("$.inquiries[*].id", not(hasItem(theirs.inquiryId().intValue()))))
			.andExpect(jsonPath("$.memberships[*].projectId", everyItem(is(mine.project().id().intValue()))));
	}

	@Test
	void theMentorSeesTheGroupTheyMentorAndTheCommentsTheyWrote() throws Exception {
		ReportFixtures.Reporting mine = reports.aReportingGroup();
		reports.aReport(mine, ReportStatus.COMMENTED);
		mvc.perform(get("/api/me/export").with(user(mine.group().mentor())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberships[*].role", contains("MENTOR")))
			.andExpect(jsonPath("$.inquiries").isEmpty())
			.andExpect(jsonPath("$.reports").isEmpty())
			.andExpect(jsonPath("$.reportActivity.commentsWritten[*].body", contains("Say more about the process.")))
			.andExpect(jsonPath("$.reportActivity.actions[*].action", hasItem("COMMENTED")));
		mvc.perform(get("/api/me/export").with(user(mine.group().member())))
			.andExpect(jsonPath("$.reportActivity.commentsWritten").isEmpty())
			.andExpect(jsonPath("$.reportActivity.actions").isEmpty());
	}

	@Test
	void theMailSentToThePersonIsListedWithoutItsBodyAndNobodyElsesMail() throws Exception {
		TestPerson me = accounts.aPractitioner();
		TestPerson someoneElse = accounts.aPractitioner();
		transactions.executeWithoutResult(status -> {
			mail.send(me.email(), "For me", "Secret link https://example.org/x");
			mail.send(someoneElse.email(), "For them", "Their body");
		});
		mvc.perform(get("/api/me/export").session(SignIn.as(mvc, me)))
			.andExpect(jsonPath("$.emailsSent[*].subject", contains("For me")))
			.andExpect(jsonPath("$.emailsSent[0].recipient").value(me.email()))
			.andExpect(jsonPath("$.emailsSent[0].createdAt").isNotEmpty())
			.andExpect(jsonPath("$.emailsSent[0].body").doesNotExist());
	}

	@Test
	void theAuditTrailShowsChangesToThePersonsAccountAndOnlyWhatTheManagerDidToOthers() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		TestPerson person = accounts.aPerson().withRoles(Role.PRACTITIONER).at(college).create();
		TestPerson bystander = accounts.aPerson().withRoles(Role.PRACTITIONER).at(college).create();
		TestPerson manager = accounts.aProgrammeManager();
		mvc.perform(post("/manage/people/{id}", person.id()).session(SignIn.as(mvc, manager)).with(csrf())
			.param("name", person.name()).param("email", person.email()).param("roles", "PRACTITIONER", "REVIEWER")
			.param("organisationIds", college.id().toString()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/me/export").session(SignIn.as(mvc, person)))
			.andExpect(jsonPath("$.auditTrail[*].action", contains("ROLES_CHANGED")))
			.andExpect(jsonPath("$.auditTrail[0].recordId").value(person.id()))
			.andExpect(jsonPath("$.auditTrail[0].actorId").value(manager.id()))
			.andExpect(jsonPath("$.auditTrail[0].beforeValue").value(org.hamcrest.Matchers.containsString("[PRACTITIONER]")))
			.andExpect(jsonPath("$.auditTrail[0].afterValue").value(org.hamcrest.Matchers.containsString("REVIEWER")));
		mvc.perform(get("/api/me/export").session(SignIn.as(mvc, manager)))
			.andExpect(jsonPath("$.auditTrail[*].recordId", contains(person.id().intValue())))
			.andExpect(jsonPath("$.auditTrail[0].beforeValue").doesNotExist())
			.andExpect(jsonPath("$.auditTrail[0].afterValue").doesNotExist());
		mvc.perform(get("/api/me/export").session(SignIn.as(mvc, bystander)))
			.andExpect(jsonPath("$.auditTrail").isEmpty());
	}

	@Test
	void aVisitorIsAskedToSignIn() throws Exception {
		mvc.perform(get("/api/me/export"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theAccountPageOffersTheSameDataAsADownload() throws Exception {
		ReportFixtures.Reporting mine = reports.aReportingGroup();
		var me = mine.group().member();
		mvc.perform(get("/account").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/account/export.json\"")));
		mvc.perform(get("/account/export.json").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\""))
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.account.id").value(me.id()))
			.andExpect(jsonPath("$.inquiries[*].id", contains(mine.inquiryId().intValue())));
	}
}

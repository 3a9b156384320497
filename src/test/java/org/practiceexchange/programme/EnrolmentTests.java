package org.practiceexchange.programme;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnrolmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	GreenMail greenMail;

	@Test
	void practitionerAppliesManagerAcceptsAndPractitionerIsToldByEmailAndOnThePage() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), 5);

		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", college.id().toString())
			.param("statement", "I want to improve feedback on written work."))
			.andExpect(redirectedUrl("/my/applications"));
		TestMailServer.awaitMessage(greenMail, practitioner.email(), "We have your application");
		Enrolment enrolment = enrolments.findByPersonIdOrderByAppliedAtDesc(practitioner.id()).get(0);
		assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.PENDING);

		mvc.perform(get("/manage/applications").with(user(manager)))
			.andExpect(content().string(containsString(practitioner.name())));
		mvc.perform(post("/manage/applications/{id}/decision", enrolment.id()).with(user(manager)).with(csrf())
			.param("outcome", "accept").param("note", "See you at the first session."))
			.andExpect(redirectedUrl("/manage/applications"));

		var decision = TestMailServer.awaitMessage(greenMail, practitioner.email(), "Your application to " + programme.name());
		assertThat(TestMailServer.body(decision)).contains("accepted").contains("See you at the first session.");
		mvc.perform(get("/my/applications").with(user(practitioner)))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("See you at the first session.")));
	}

	@Test
	void declinedApplicationIsMailedAndShown() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of()).id(), null);
		Long id = apply(practitioner, cohort, college);

		mvc.perform(post("/manage/applications/{id}/decision", id).with(user(manager)).with(csrf()).param("outcome", "decline"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(TestMailServer.body(TestMailServer.awaitMessage(greenMail, practitioner.email(), "Your application"))).contains("declined");
		// decided, it has no form on the list any more: the refusal is said at the top of the page
		mvc.perform(post("/manage/applications/{id}/decision", id).with(user(manager)).with(csrf()).param("outcome", "accept"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This application has already been decided")));
	}

	@Test
	void aTooLongNoteIsShownBesideItAsTypedOnlyOnThatApplication() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of()).id(), null);
		Long other = apply(accounts.aPerson(Role.PRACTITIONER, college), cohort, college);
		Long id = apply(accounts.aPerson(Role.PRACTITIONER, college), cohort, college);
		String tooLong = "We look forward to your observations. ".repeat(60).strip();

		FormPage page = FormPage.of(mvc.perform(post("/manage/applications/{id}/decision", id).with(user(manager)).with(csrf())
				.param("status", "PENDING").param("outcome", "accept").param("note", tooLong)).andReturn())
			.form("application-" + id)
			.showsError("note", "The note must be 2,000 characters or fewer")
			.keeps("note", tooLong)
			.onlyThisFormShowsErrors();
		page.form("application-" + other).keeps("note", "");
		// the button pressed is the outcome: without one, the form asks for it
		FormPage.of(mvc.perform(post("/manage/applications/{id}/decision", id).with(user(manager)).with(csrf())
				.param("note", "Welcome aboard")).andReturn())
			.form("application-" + id)
			.showsProblem("Choose whether to accept or decline the application")
			.keeps("note", "Welcome aboard");
		assertThat(enrolments.findById(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.PENDING);

		mvc.perform(post("/manage/applications/{id}/decision", id).with(user(manager)).with(csrf())
				.param("status", "PENDING").param("outcome", "accept").param("note", "Welcome aboard"))
			.andExpect(redirectedUrl("/manage/applications"))
			.andExpect(flash().attribute("flash", containsString("accepted")));
		assertThat(enrolments.findById(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.ACCEPTED);
		mvc.perform(post("/manage/applications/{id}/decision", other).with(user(accounts.aPerson(Role.PRACTITIONER, college)))
				.with(csrf()).param("note", tooLong)).andExpect(status().isForbidden());
	}

	@Test
	void badApplicationReRendersWithMessagesAndKeepsTheInput() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		OrganisationSummary elsewhere = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);

		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", college.id().toString()).param("statement", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("enrolment", "statement"))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Tell us what you would like to work on")));
		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", elsewhere.id().toString()).param("statement", "Peer observation"))
			.andExpect(model().attributeHasFieldErrors("enrolment", "organisationId"))
			.andExpect(content().string(containsString("Peer observation")));
		assertThat(enrolments.findByPersonIdOrderByAppliedAtDesc(practitioner.id())).isEmpty();
	}

	@Test
	void cohortNotTakingApplicationsRefusesClearly() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary planned = programmes.aCohort(programme.id(), null);

		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", programme.id(), planned.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", college.id().toString()).param("statement", "Questioning"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cohort is not taking applications")));
		assertThat(enrolments.findByPersonIdOrderByAppliedAtDesc(practitioner.id())).isEmpty();
	}

	@Test
	void secondApplicationToTheSameCohortIsRefused() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);
		apply(practitioner, cohort, college);

		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", college.id().toString()).param("statement", "Again"))
			.andExpect(content().string(containsString("You have already applied to this cohort")));
		assertThat(enrolments.findByPersonIdOrderByAppliedAtDesc(practitioner.id())).hasSize(1);
	}

	@Test
	void fullCohortRefusesAnotherAcceptance() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		OrganisationSummary college = accounts.anOrganisation();
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), 1);
		Long first = apply(accounts.aPerson(Role.PRACTITIONER, college), cohort, college);
		Long second = apply(accounts.aPerson(Role.PRACTITIONER, college), cohort, college);

		mvc.perform(post("/manage/applications/{id}/decision", first).with(user(manager)).with(csrf()).param("outcome", "accept"));
		FormPage.of(mvc.perform(post("/manage/applications/{id}/decision", second).with(user(manager)).with(csrf())
				.param("outcome", "accept").param("note", "Glad to have you")).andReturn())
			.form("application-" + second)
			.showsProblem("The cohort is full: its capacity is 1")
			.keeps("note", "Glad to have you");
		assertThat(enrolments.findById(second).orElseThrow().status()).isEqualTo(EnrolmentStatus.PENDING);
	}

	@Test
	void practitionerWithdrawsOwnPendingApplicationButNotSomeoneElses() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		SignedInPerson colleague = accounts.aPerson(Role.PRACTITIONER, college);
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), null);
		Long id = apply(practitioner, cohort, college);

		mvc.perform(post("/my/applications/{id}/withdraw", id).with(user(colleague)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(enrolments.findById(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.PENDING);
		mvc.perform(post("/my/applications/{id}/withdraw", id).with(user(practitioner)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		assertThat(enrolments.findById(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
	}

	@Test
	void onlyPractitionersMayApplyAndOnlyManagersDecide() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		Long id = apply(practitioner, cohort, college);
		for (Role role : List.of(Role.MENTOR, Role.PROVIDER_LEAD, Role.REVIEWER, Role.VALIDATOR, Role.PROGRAMME_MANAGER)) {
			mvc.perform(get("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()).with(user(accounts.aPerson(role, college))))
				.andExpect(status().isForbidden());
		}
		for (Role role : List.of(Role.PRACTITIONER, Role.MENTOR, Role.PROVIDER_LEAD, Role.REVIEWER, Role.VALIDATOR)) {
			mvc.perform(post("/manage/applications/{id}/decision", id).with(user(accounts.aPerson(role, college))).with(csrf())
				.param("outcome", "accept")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/programmes/{p}/cohorts/{c}/apply", programme.id(), cohort.id()))
			.andExpect(redirectedUrl("/login"));
		assertThat(enrolments.findById(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.PENDING);
	}

	@Test
	void cohortOfAnotherProgrammeInTheAddressIsNotFound() throws Exception {
		OrganisationSummary college = accounts.anOrganisation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		ProgrammeSummary one = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohortOfAnother = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), null);
		mvc.perform(get("/programmes/{p}/cohorts/{c}/apply", one.id(), cohortOfAnother.id()).with(user(practitioner)))
			.andExpect(status().isNotFound());
	}

	private Long apply(SignedInPerson practitioner, CohortSummary cohort, OrganisationSummary organisation) throws Exception {
		mvc.perform(post("/programmes/{p}/cohorts/{c}/apply", cohort.programmeId(), cohort.id()).with(user(practitioner)).with(csrf())
			.param("organisationId", organisation.id().toString()).param("statement", "Improving questioning"))
			.andExpect(redirectedUrl("/my/applications"));
		return enrolments.findByPersonIdOrderByAppliedAtDesc(practitioner.id()).get(0).id();
	}
}

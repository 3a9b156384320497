package org.practiceexchange.project;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ProjectService projects;

	@Autowired
	SessionService sessions;

	@Test
	void managerSetsUpAJpdProjectWithPartnersMembersAndTheDefaultSchedule() throws Exception {
		SignedInPerson manager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		CohortSummary cohort = programmes.aCohort(programme.id(), 10);
		OrganisationSummary lead = accounts.anOrganisation();
		OrganisationSummary partner = accounts.anOrganisation();
		SignedInPerson facilitator = accounts.aPerson(Role.MENTOR, partner);
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, partner);
		String title = AccountFixtures.unique("Apprenticeship English JPD");

		mvc.perform(get("/manage/projects/new").with(user(manager))).andExpect(status().isOk())
			.andExpect(content().string(containsString(cohort.name())));
		// a JPD project needs a partner besides the lead provider
		mvc.perform(post("/manage/projects/new").with(user(manager)).with(csrf()).param("cohortId", cohort.id().toString())
			.param("kind", "JPD_PROJECT").param("title", title).param("facilitatorId", facilitator.id().toString())
			.param("leadOrganisationId", lead.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("project", "partnerOrganisationIds"))
			.andExpect(content().string(containsString(title)));
		mvc.perform(post("/manage/projects/new").with(user(manager)).with(csrf()).param("cohortId", cohort.id().toString())
			.param("kind", "JPD_PROJECT").param("title", title).param("facilitatorId", facilitator.id().toString())
			.param("leadOrganisationId", lead.id().toString()).param("partnerOrganisationIds", partner.id().toString()))
			.andExpect(redirectedUrlPattern("/manage/projects/*"));
		ProjectSummary created = projects.all().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
		assertThat(created.status()).isEqualTo(ProjectStatus.FORMING);
		assertThat(created.partnerOrganisationIds()).containsExactly(partner.id());

		String edit = "/manage/projects/" + created.id();
		mvc.perform(get(edit).with(user(manager))).andExpect(status().isOk())
			.andExpect(content().string(containsString(practitioner.name())));
		mvc.perform(post(edit + "/members").with(user(manager)).with(csrf()).param("personId", practitioner.id().toString())
			.param("organisationId", lead.id().toString()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("member", "organisationId"));
		mvc.perform(post(edit + "/members").with(user(manager)).with(csrf()).param("personId", practitioner.id().toString())
			.param("organisationId", partner.id().toString()).param("focus", "Feedback on written work"))
			.andExpect(flash().attribute("flash", containsString("added")));
		mvc.perform(post(edit + "/schedule").with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("sessions")));
		List<SessionService.SessionView> schedule = sessions.sessionsOf(created.id());
		assertThat(schedule).extracting(SessionService.SessionView::kind).containsSubsequence(SessionKind.METHODOLOGY,
				SessionKind.METHODOLOGY, SessionKind.PLAN_VISIT, SessionKind.MIDWAY_REVIEW, SessionKind.EVALUATION);
		assertThat(schedule.get(0).when()).isEqualTo("Monday 11 January 2027, 10:00am to 3:30pm");
		mvc.perform(post(edit + "/schedule").with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("already has sessions")));

		mvc.perform(post(edit).with(user(manager)).with(csrf()).param("cohortId", cohort.id().toString())
			.param("kind", "JPD_PROJECT").param("title", title).param("facilitatorId", facilitator.id().toString())
			.param("leadOrganisationId", lead.id().toString()).param("partnerOrganisationIds", partner.id().toString())
			.param("status", "RUNNING").param("community", "true"))
			.andExpect(flash().attribute("flash", containsString("saved")));
		ProjectSummary running = projects.find(created.id()).orElseThrow();
		assertThat(running.status()).isEqualTo(ProjectStatus.RUNNING);
		assertThat(running.community()).isTrue();
		assertThat(running.members()).singleElement().satisfies(m -> assertThat(m.focus()).isEqualTo("Feedback on written work"));

		mvc.perform(post(edit + "/members/" + practitioner.id() + "/remove").with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("removed")));
		assertThat(projects.find(created.id()).orElseThrow().members()).isEmpty();
	}

	@Test
	void managerNamesTheExternalValidatorWhoMustHoldTheValidatorRole() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		ProjectSummary p = group.project();
		String edit = "/manage/projects/" + p.id();
		mvc.perform(get(edit).with(user(group.manager()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(group.validator().name())));
		mvc.perform(post(edit).with(user(group.manager())).with(csrf()).param("cohortId", p.cohortId().toString())
			.param("kind", p.kind().name()).param("title", p.title()).param("mentorId", p.mentorId().toString())
			.param("leadOrganisationId", p.leadOrganisationId().toString())
			.param("partnerOrganisationIds", p.partnerOrganisationIds().get(0).toString()).param("status", "RUNNING")
			.param("validatorId", group.reviewer().id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("project", "validatorId"))
			.andExpect(content().string(containsString("Choose someone with the validator role")));
		assertThat(projects.find(p.id()).orElseThrow().validatorId()).isNull();
		mvc.perform(post(edit).with(user(group.manager())).with(csrf()).param("cohortId", p.cohortId().toString())
			.param("kind", p.kind().name()).param("title", p.title()).param("mentorId", p.mentorId().toString())
			.param("leadOrganisationId", p.leadOrganisationId().toString())
			.param("partnerOrganisationIds", p.partnerOrganisationIds().get(0).toString()).param("status", "RUNNING")
			.param("validatorId", group.validator().id().toString()))
			.andExpect(flash().attribute("flash", containsString("saved")));
		assertThat(projects.find(p.id()).orElseThrow().validatorId()).isEqualTo(group.validator().id());
		mvc.perform(get("/projects/" + p.id()).with(user(group.member()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("External validator")))
			.andExpect(content().string(containsString(group.validator().name())));
	}

	@Test
	void managerAddsAndMovesASessionInLondonTime() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String base = "/manage/projects/" + group.project().id() + "/sessions";
		mvc.perform(get(base + "/new").with(user(group.manager()))).andExpect(status().isOk());
		mvc.perform(post(base + "/new").with(user(group.manager())).with(csrf()).param("kind", "MIDWAY_REVIEW")
			.param("title", "Mid-way review").param("date", "2027-06-15").param("startTime", "14:00").param("endTime", "13:00")
			.param("place", "Room 2"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("sessionForm", "endTime"));
		mvc.perform(post(base + "/new").with(user(group.manager())).with(csrf()).param("kind", "MIDWAY_REVIEW")
			.param("title", "Mid-way review").param("date", "2027-06-15").param("startTime", "14:00").param("endTime", "16:00")
			.param("onlineLink", "https://meet.example.org/review"))
			.andExpect(flash().attribute("flash", containsString("added")));
		SessionService.SessionView added = sessions.sessionsOf(group.project().id()).get(0);
		assertThat(added.startsAt()).hasToString("2027-06-15T13:00:00Z");
		mvc.perform(get(base + "/" + added.id()).with(user(group.manager()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("14:00")));
		mvc.perform(post(base + "/" + added.id()).with(user(group.manager())).with(csrf()).param("kind", "MIDWAY_REVIEW")
			.param("title", "Mid-way review").param("date", "2027-12-15").param("startTime", "14:00").param("endTime", "16:00")
			.param("place", "Room 2"))
			.andExpect(flash().attribute("flash", containsString("changed")));
		assertThat(sessions.session(group.project().id(), added.id()).startsAt()).hasToString("2027-12-15T14:00:00Z");
	}

	@Test
	void onlyTheProgrammeManagerReachesProjectManagement() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String edit = "/manage/projects/" + group.project().id();
		List<String> pages = List.of("/manage/projects", "/manage/projects/new", edit, edit + "/sessions/new");
		for (String page : pages) {
			mvc.perform(get(page).with(user(group.manager()))).andExpect(status().isOk());
			for (SignedInPerson person : List.of(group.member(), group.facilitator(), group.mentor(), group.lead(),
					group.reviewer(), group.validator(), group.outsider())) {
				mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
			}
			mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		}
		for (String action : List.of("/manage/projects/new", edit, edit + "/members", edit + "/schedule",
				edit + "/members/" + group.member().id() + "/remove", edit + "/sessions/new")) {
			for (SignedInPerson person : List.of(group.member(), group.facilitator(), group.mentor(), group.lead(),
					group.reviewer(), group.validator(), group.outsider())) {
				mvc.perform(post(action).with(user(person)).with(csrf())).andExpect(status().isForbidden());
			}
			mvc.perform(post(action).with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/manage/projects/987654321").with(user(group.manager()))).andExpect(status().isNotFound());
		mvc.perform(get("/manage").with(user(group.manager()))).andExpect(content().string(containsString("/manage/projects")));
	}

	@Test
	void managersListIsFilteredByTitleAndStatusAndPaged() throws Exception {
		SignedInPerson manager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		CohortSummary cohort = programmes.aCohort(programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of()).id(), 10);
		String prefix = AccountFixtures.unique("Paged");
		OrganisationSummary college = accounts.anOrganisation();
		Long facilitator = accounts.aPerson(Role.MENTOR, college).id();
		for (int i = 0; i < 26; i++) {
			projects.create(new ProjectForm(cohort.id(), ProjectKind.RESEARCH_PROJECT, prefix + " " + (100 + i), "For paging", null,
					facilitator, null, college.id(), List.of(), i == 0 ? ProjectStatus.RUNNING : ProjectStatus.FORMING, false));
		}
		mvc.perform(get("/manage/projects").param("q", prefix).with(user(manager))).andExpect(status().isOk())
			.andExpect(content().string(containsString("26 found")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString(prefix + " 124")))
			.andExpect(content().string(not(containsString(prefix + " 125"))));
		mvc.perform(get("/manage/projects").param("q", prefix.toLowerCase()).param("page", "1").with(user(manager)))
			.andExpect(content().string(containsString(prefix + " 125")))
			.andExpect(content().string(not(containsString(prefix + " 124"))));
		mvc.perform(get("/manage/projects").param("q", prefix).param("status", "RUNNING").with(user(manager))
				.header("HX-Request", "true"))
			.andExpect(content().string(containsString("1 found")))
			.andExpect(content().string(containsString(prefix + " 100")))
			.andExpect(content().string(not(containsString("<h1"))));
	}
}

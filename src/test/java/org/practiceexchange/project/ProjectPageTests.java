package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	SessionService sessions;

	@Autowired
	ReleaseSupport releaseSupport;

	@Test
	void projectPageIsOpenToItsPeopleAndNotFoundForEveryoneElse() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String path = "/projects/" + group.project().id();
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.otherMember(), group.facilitator(),
				group.mentor(), group.lead(), group.manager() }) {
			mvc.perform(get(path).with(user(person)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(group.project().title())))
				.andExpect(content().string(containsString("Fractions in level 1 maths")));
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/projects/987654321").with(user(group.manager()))).andExpect(status().isNotFound());
	}

	@Test
	void projectPageSaysWhatEachRoleMayDo() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String path = "/projects/" + group.project().id();
		mvc.perform(get(path).with(user(group.member())))
			.andExpect(content().string(containsString("You can run your own inquiry")))
			.andExpect(content().string(containsString("Start an inquiry")));
		mvc.perform(get(path).with(user(group.lead())))
			.andExpect(content().string(containsString("You can see your staff&#39;s progress")))
			.andExpect(content().string(not(containsString("Support log"))))
			.andExpect(content().string(not(containsString("Start an inquiry"))));
		mvc.perform(get(path).with(user(group.mentor())))
			.andExpect(content().string(containsString("comment on it, record attendance")));
		mvc.perform(get(path).with(user(group.manager())))
			.andExpect(content().string(containsString("/manage/projects/" + group.project().id())));
	}

	@Test
	void myProjectsListsWhereThePersonTakesPartOrTheirStaffDo() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String title = group.project().title();
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.facilitator(), group.mentor(), group.lead() }) {
			mvc.perform(get("/my/projects").with(user(person))).andExpect(status().isOk())
				.andExpect(content().string(containsString(title)));
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get("/my/projects").with(user(person))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(title))));
		}
		mvc.perform(get("/my/projects")).andExpect(status().is3xxRedirection());
	}

	@Test
	void memberSetsTheirOwnFocusAndNoOneElseCan() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String path = "/projects/" + group.project().id() + "/focus";
		mvc.perform(post(path).param("focus", "Number bonds in entry-level workshops").with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + group.project().id()));
		assertThat(projects.find(group.project().id()).orElseThrow().members())
			.anyMatch(m -> m.personId().equals(group.member().id()) && m.focus().equals("Number bonds in entry-level workshops"));
		mvc.perform(post(path).param("focus", "x").with(user(group.mentor())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(path).param("focus", "x").with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(path).param("focus", "x").with(user(group.outsider())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(path).param("focus", "x").with(csrf())).andExpect(status().is3xxRedirection());
		String tooLong = "Fractions in catering ".repeat(30);
		mvc.perform(post(path).param("focus", tooLong).with(user(group.member())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"focus-focus-error\"")))
			.andExpect(content().string(containsString("Keep your focus to 500 characters")))
			.andExpect(content().string(containsString(tooLong.strip())));
		mvc.perform(post(path).param("focus", tooLong).with(user(group.mentor())).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void facilitatorRecordsAttendanceOfMembersOnly() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		SessionService.SessionView session = fixtures.aSession(id, LocalDate.of(2027, 1, 12), LocalTime.of(10, 0), LocalTime.of(12, 0));
		String path = "/projects/" + id + "/sessions/" + session.id() + "/attendance";
		mvc.perform(get(path).with(user(group.facilitator()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Who was there")));
		mvc.perform(post(path).param("present", group.member().id().toString()).with(user(group.facilitator())).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id));
		assertThat(sessions.session(id, session.id()).attended()).containsExactly(group.member().id());
		mvc.perform(post(path).param("present", group.outsider().id().toString()).with(user(group.mentor())).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("Only the project's members")));
		mvc.perform(get(path).with(user(group.manager()))).andExpect(status().isOk());
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.lead() }) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isForbidden());
			mvc.perform(post(path).with(user(person)).with(csrf())).andExpect(status().isForbidden());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isNotFound());
			mvc.perform(post(path).with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/" + id + "/sessions/987654321/attendance").with(user(group.facilitator())))
			.andExpect(status().isNotFound());
	}

	@Test
	void milestoneBoardShowsDoneDueAndLatePerPractitioner() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		sessions.addMilestone(id, "Baseline audit recorded", LocalDate.of(2020, 1, 10));
		sessions.addMilestone(id, "Evaluation written", LocalDate.of(2099, 1, 10));
		Long first = sessions.board(group.project()).milestones().get(0).id();
		String path = "/projects/" + id + "/milestones/" + first;
		mvc.perform(get("/projects/" + id).with(user(group.member())))
			.andExpect(content().string(containsString("Late")))
			.andExpect(content().string(containsString("Due")));
		mvc.perform(post(path).param("personId", group.member().id().toString()).param("done", "true")
			.with(user(group.member())).with(csrf())).andExpect(redirectedUrl("/projects/" + id));
		assertThat(sessions.board(group.project()).rows()).filteredOn(row -> row.personId().equals(group.member().id()))
			.singleElement().satisfies(row -> assertThat(row.states().get(first)).isEqualTo(Milestone.State.DONE));
		// a member may not mark someone else's; the facilitator may
		mvc.perform(post(path).param("personId", group.otherMember().id().toString()).param("done", "true")
			.with(user(group.member())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(path).param("personId", group.otherMember().id().toString()).param("done", "true")
			.with(user(group.facilitator())).with(csrf())).andExpect(redirectedUrl("/projects/" + id));
		mvc.perform(post(path).param("personId", group.member().id().toString()).param("done", "false")
			.with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(post(path).param("personId", group.member().id().toString()).param("done", "false")
				.with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
	}

	@Test
	void providerLeadFollowsOnlyTheirOwnStaffOnTheBoard() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		sessions.addMilestone(id, "Baseline audit recorded", LocalDate.of(2020, 1, 10));
		mvc.perform(get("/projects/" + id).with(user(group.lead())))
			.andExpect(content().string(containsString("Milestone board")))
			.andExpect(content().string(containsString(group.member().name())));
		String board = mvc.perform(get("/projects/" + id).with(user(group.lead()))).andReturn().getResponse().getContentAsString();
		assertThat(board.substring(board.indexOf("Milestones for each practitioner"))).doesNotContain(group.otherMember().name());
	}

	@Test
	void leadCommitsReleaseTimeAndPractitionerLogsDaysUsed() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		String member = group.member().id().toString();
		// a broken rule or a mistyped number shows the page again with the input kept and the message beside the field
		mvc.perform(post("/projects/" + id + "/release").param("personId", member).param("days", "3")
			.with(user(group.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"release-days-error\"")))
			.andExpect(content().string(containsString("at least five days")))
			.andExpect(content().string(containsString("value=\"3\"")));
		mvc.perform(post("/projects/" + id + "/release").param("personId", member).param("days", "5")
			.with(user(group.lead())).with(csrf())).andExpect(flash().attribute("flash", containsString("committed")));
		mvc.perform(post("/projects/" + id + "/release/use").param("usedOn", "2027-01-12").param("days", "one and a half")
			.param("note", "Methodology day").with(user(group.member())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"use-days-error\"")))
			.andExpect(content().string(containsString("Enter a number of days, for example 5 or 2.5")))
			.andExpect(content().string(containsString("value=\"one and a half\"")))
			.andExpect(content().string(containsString("value=\"Methodology day\"")));
		mvc.perform(post("/projects/" + id + "/release/use").param("usedOn", "2027-01-12").param("days", "x")
			.with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + id + "/release/use").param("usedOn", "2027-01-12").param("days", "1.5")
			.param("note", "Methodology day").with(user(group.member())).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("logged")));
		mvc.perform(get("/projects/" + id).with(user(group.lead())))
			.andExpect(content().string(containsString("Release time")))
			.andExpect(content().string(containsString("1.5")));
		// the lead of the partner's member is not this lead; others cannot at all
		mvc.perform(post("/projects/" + id + "/release").param("personId", group.otherMember().id().toString())
			.param("days", "5").with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + id + "/release").param("personId", member).param("days", "5")
			.with(user(group.member())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + id + "/release/use").param("usedOn", "2027-01-12").param("days", "1")
			.with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(post("/projects/" + id + "/release").param("personId", member).param("days", "5")
				.with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
		// the manager may agree fewer days, with a reason
		mvc.perform(post("/projects/" + id + "/release").param("personId", member).param("days", "3")
			.param("reason", "Part-time contract this year").with(user(group.manager())).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("committed")));
		assertThat(releaseSupport.release(projects.find(id).orElseThrow(), group.manager(), ProjectRole.MANAGER))
			.filteredOn(row -> row.personId().equals(group.member().id())).singleElement()
			.satisfies(row -> assertThat(row.reason()).isEqualTo("Part-time contract this year"));
	}

	@Test
	void mentorRecordsSupportAndPractitionerSeesOnlyTheirOwn() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		Long id = group.project().id();
		mvc.perform(post("/projects/" + id + "/support").param("personId", group.member().id().toString())
			.param("kind", "VISIT").param("contactOn", "2027-02-03").param("minutes", "60")
			.param("note", "Visited to refine the action plan").with(user(group.mentor())).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("support log")));
		mvc.perform(post("/projects/" + id + "/support").param("personId", group.otherMember().id().toString())
			.param("kind", "PHONE").param("contactOn", "2027-02-04").param("minutes", "20")
			.param("note", "Talked through the baseline survey").with(user(group.facilitator())).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("support log")));
		mvc.perform(get("/projects/" + id).with(user(group.member())))
			.andExpect(content().string(containsString("Visited to refine the action plan")))
			.andExpect(content().string(not(containsString("Talked through the baseline survey"))));
		mvc.perform(get("/projects/" + id).with(user(group.lead())))
			.andExpect(content().string(not(containsString("Visited to refine the action plan"))));
		mvc.perform(get("/projects/" + id).with(user(group.manager())))
			.andExpect(content().string(containsString("Talked through the baseline survey")));
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.lead(), group.manager() }) {
			mvc.perform(post("/projects/" + id + "/support").param("personId", group.member().id().toString())
				.param("kind", "EMAIL").param("contactOn", "2027-02-03").param("minutes", "5").param("note", "x")
				.with(user(person)).with(csrf())).andExpect(status().isForbidden());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(post("/projects/" + id + "/support").param("personId", group.member().id().toString())
				.param("kind", "EMAIL").param("contactOn", "2027-02-03").param("minutes", "5").param("note", "x")
				.with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/projects/" + id + "/support").param("kind", "EMAIL").param("minutes", "half an hour")
			.param("note", "Phoned about the re-audit").with(user(group.mentor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"support-personId-error\"")))
			.andExpect(content().string(containsString("Choose the practitioner")))
			.andExpect(content().string(containsString("id=\"support-minutes-error\"")))
			.andExpect(content().string(containsString("value=\"half an hour\"")))
			.andExpect(content().string(containsString("Phoned about the re-audit</textarea>")))
			.andExpect(content().string(containsString("href=\"#support-personId\"")));
		mvc.perform(post("/projects/" + id + "/support").param("kind", "EMAIL").with(user(group.member())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + id + "/support").param("personId", group.member().id().toString()).param("kind", "PHONE")
			.param("contactOn", "2027-02-05").param("minutes", "700").param("note", "A very long call")
			.with(user(group.mentor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"support-minutes-error\"")))
			.andExpect(content().string(containsString("between 1 and 600 minutes")));
	}
}

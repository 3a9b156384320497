package org.practiceexchange.home;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.account.TestPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HomeTests {

	/** A Monday morning; the group's session is on the Wednesday. */
	static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@BeforeEach
	void itIsMondayMorning() {
		clock.setInstant(ZonedDateTime.of(MONDAY, LocalTime.of(9, 0), TimeConfiguration.LONDON).toInstant());
	}

	@Test
	void aPractitionerGetsThisWeeksSessionFirstThenTheirInquirysNextStageGate() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		inquiries.anInquiry(group, Stage.AUDIT);
		projects.aSessionId(group.project().id(), MONDAY.plusDays(2), LocalTime.of(10, 0));
		projects.aSessionId(group.project().id(), MONDAY.plusDays(9), LocalTime.of(10, 0));

		mvc.perform(get("/api/me/tasks").with(user(group.member())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", contains("session", "inquiry-stage")))
			.andExpect(jsonPath("$[0].due").value("2027-02-03"))
			.andExpect(jsonPath("$[0].url").value("/projects/" + group.project().id()))
			.andExpect(jsonPath("$[1].title").value("Fractions through recipes: record at least one measure with its "
					+ "baseline value, then move on to planning"))
			.andExpect(jsonPath("$[1].due").value(nullValue()));

		Document home = Html.of(mvc.perform(get("/home").with(user(group.member()))).andExpect(status().isOk()).andReturn());
		assertThat(home.select("main h2").eachText()).containsExactly("Practitioner");
		assertThat(home.select("main li").first().text()).contains(group.project().title()).contains("by 3 February 2027");
	}

	@Test
	void theMentorAndFacilitatorAreAskedToCommentOnAPlanAndTheFacilitatorToRecordAttendance() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.INTERVENE);
		projects.aSessionId(group.project().id(), MONDAY.minusDays(5), LocalTime.of(10, 0));

		mvc.perform(get("/api/me/tasks").with(user(group.mentor())))
			.andExpect(jsonPath("$[*].kind", hasItem("plan-comment")))
			.andExpect(jsonPath("$[?(@.kind == 'plan-comment')].url", contains("/inquiries/" + inquiry + "/plan")))
			.andExpect(jsonPath("$[?(@.kind == 'plan-comment')].title",
					contains("Comment on the action plan of Fractions through recipes (version 1)")));
		mvc.perform(get("/api/me/tasks").with(user(group.facilitator())))
			.andExpect(jsonPath("$[0].kind").value("attendance"))
			.andExpect(jsonPath("$[0].due").value(MONDAY.minusDays(5).toString()))
			.andExpect(jsonPath("$[1].kind").value("plan-comment"));
		// the practitioner's own comment does not count as the mentor's
		mvc.perform(get("/api/me/tasks").with(user(group.member())))
			.andExpect(jsonPath("$[*].kind", contains("inquiry-stage")));
	}

	@Test
	void theManagerIsAskedToDecideApplicationsAndTheAcceptedApplicantSeesWhatHappensNext() throws Exception {
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long application = programmes.anApplication(applicant, cohort);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);

		mvc.perform(get("/api/me/tasks").with(user(manager)))
			.andExpect(jsonPath("$[?(@.title == 'Decide one application to " + programme.name() + ": " + cohort.name()
					+ "')].due", contains("2027-01-11")));

		mvc.perform(post("/manage/applications/{id}/decision", application).param("outcome", "accept").param("note", "")
			.with(csrf()).with(user(manager))).andExpect(status().is3xxRedirection());

		Document home = Html.of(mvc.perform(get("/home").with(user(applicant))).andExpect(status().isOk()).andReturn());
		assertThat(home.select("main h2").eachText()).contains("What happens next");
		assertThat(home.select("main").text()).contains("You have a place on " + cohort.name() + " of " + programme.name()
				+ ", which starts on 11 January 2027.");
		assertThat(home.select("main").text()).doesNotContain("You have nothing to do");
	}

	@Test
	void someoneWithNothingToDoIsToldSoPlainly() throws Exception {
		SignedInPerson reviewer = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());

		mvc.perform(get("/api/me/tasks").with(user(reviewer))).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		Document home = Html.of(mvc.perform(get("/home").with(user(reviewer))).andExpect(status().isOk()).andReturn());
		assertThat(home.select("main p").eachText()).contains("You have nothing to do at the moment.");
	}

	@Test
	void signingInLandsOnTheHomePageWhoseBrandLinkLeadsBackThere() throws Exception {
		TestPerson person = accounts.aPractitioner();

		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", person.email())
			.param("password", person.password()).with(csrf()))
			.andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession(false);

		Document home = Html.of(mvc.perform(get("/home").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(home.select("a.px-header__brand").attr("href")).isEqualTo("/home");
		mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/home"));
		Document visitorsHome = Html.of(mvc.perform(get("/")).andReturn());
		assertThat(visitorsHome.select("a.px-header__brand").attr("href")).isEqualTo("/");
	}

	@Test
	void signingInOnTheWayToAPageStillGoesOnToThatPage() throws Exception {
		TestPerson person = accounts.aPractitioner();
		MockHttpSession visitor = (MockHttpSession) mvc.perform(get("/my/applications"))
			.andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);

		mvc.perform(post("/login").session(visitor).param("username", person.email()).param("password", person.password())
			.with(csrf())).andExpect(redirectedUrl("http://localhost/my/applications?continue"));
	}
}

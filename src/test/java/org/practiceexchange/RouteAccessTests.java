package org.practiceexchange;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.TestPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.project.ProjectKind;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.learningset.MeetingFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.RouteAccessTests.Outcome.FORBIDDEN;
import static org.practiceexchange.RouteAccessTests.Outcome.LOGIN;
import static org.practiceexchange.RouteAccessTests.Outcome.NOT_FOUND;
import static org.practiceexchange.RouteAccessTests.Outcome.OK;
import static org.practiceexchange.RouteAccessTests.Outcome.REDIRECT;
import static org.practiceexchange.RouteAccessTests.Outcome.UNAUTHORISED;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach what: every route of the app, for a visitor who is signed out and for someone
 * holding each role, with the one outcome each must get. Any other outcome fails, so a page or API
 * that leaks to the wrong people cannot slip through. A route that a controller serves but this
 * table does not list fails {@link #everyControllerRouteIsInTheTable()}: a new feature adds its rows
 * here (and any record it needs to {@link #records}).
 *
 * <p>Form posts go with a valid CSRF token and an empty body, so the forms answer with their
 * errors (200) rather than change anything; the few actions without a form body act on a person
 * created for the purpose. Every form post without its token must be refused (403).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTests {

	enum Outcome {
		/** 200: the page, form or document. */
		OK,
		/** 302 to the sign-in page. */
		LOGIN,
		/** 3xx anywhere but the sign-in page: an action done, or somewhere better to be. */
		REDIRECT,
		/** 401 problem: the API asks for credentials. */
		UNAUTHORISED,
		/** 403: signed in, but not allowed. */
		FORBIDDEN,
		/** 404: nothing here (or nothing this visitor may know of). */
		NOT_FOUND
	}

	static final List<Route> ROUTES = table(
			// shared: the site itself
			get("/").forEveryone(OK),
			get("/about").forEveryone(OK),
			get("/accessibility").forEveryone(OK),
			get("/privacy").forEveryone(OK),
			get("/ping").forEveryone(OK),
			get("/manage").forManagersOnly(),
			get("/no-such-page").signedOut(LOGIN).signedIn(NOT_FOUND),
			get("/api/no-such-thing").signedOut(UNAUTHORISED).signedIn(NOT_FOUND),
			get("/actuator/health").forEveryone(OK),
			get("/actuator/info").forEveryone(OK),
			get("/actuator/env").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			get("/v3/api-docs").forEveryone(OK),
			get("/swagger-ui.html").forEveryone(REDIRECT),
			// notification: the demo mail viewer exists in demo mode only (see DemoModeTests); never here
			get("/demo/mail").forEveryone(NOT_FOUND),
			get("/demo/mail/1").forEveryone(NOT_FOUND),

			// account: signing in, registering, links sent by e-mail
			get("/login").signedOut(OK).signedIn(REDIRECT),
			get("/register").forEveryone(OK),
			post("/register").forEveryone(OK),
			get("/register/verify").forEveryone(OK),
			get("/password/forgot").forEveryone(OK),
			post("/password/forgot").forEveryone(OK),
			get("/password/reset").forEveryone(OK),
			post("/password/reset").forEveryone(OK),
			get("/invitation").forEveryone(OK),
			post("/invitation").forEveryone(OK),

			// account: your own account
			get("/account").signedOut(LOGIN).signedIn(OK),
			post("/account/profile").signedOut(LOGIN).signedIn(OK),
			post("/account/password").signedOut(LOGIN).signedIn(OK),
			get("/api/me").signedOut(UNAUTHORISED).signedIn(OK),

			// home: each person's own tasks
			get("/home").signedOut(LOGIN).signedIn(OK),
			get("/more").signedOut(LOGIN).signedIn(OK),
			get("/api/me/tasks").signedOut(UNAUTHORISED).signedIn(OK),

			// account: a programme manager's people (someone else's record, by id)
			get("/manage/people").forManagersOnly(),
			get("/manage/people/export.csv").forManagersOnly(),
			get("/manage/people/export.xlsx").forManagersOnly(),
			get("/manage/people/new").forManagersOnly(),
			post("/manage/people/new").forManagersOnly(),
			get("/manage/people/{person}").forManagersOnly(),
			get("/manage/people/{missing}").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			get("/manage/people/not-a-number").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			post("/manage/people/{person}").forManagersOnly(),
			post("/manage/people/{person}/deactivate").forManagersOnly(REDIRECT),
			post("/manage/people/{person}/reactivate").forManagersOnly(REDIRECT),
			post("/manage/people/{invited}/invitation").forManagersOnly(REDIRECT),
			get("/api/people").forManagersOnlyByApi(),
			get("/api/people/{person}").forManagersOnlyByApi(),
			get("/api/people/{missing}").signedOut(UNAUTHORISED).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			get("/manage/people/{person}/erasure").forManagersOnly(),
			post("/manage/people/{erasable}/erasure").forManagersOnly(REDIRECT),
			post("/api/people/{erasableByApi}/erasure").forManagersOnlyByApi(),
			post("/api/people/{missing}/erasure").signedOut(UNAUTHORISED).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),

			// privacy: the audit trail
			get("/manage/audit").forManagersOnly(),
			get("/manage/audit/export.csv").forManagersOnly(),
			// privacy: each person's own data (subject access); there is no id to ask for anyone else's
			get("/api/me/export").signedOut(UNAUTHORISED).signedIn(OK),
			get("/account/export.json").signedOut(LOGIN).signedIn(OK),

			// organisation: the public directory and a programme manager's list
			get("/api/organisations").forEveryone(OK),
			get("/api/organisations/{organisation}").forEveryone(OK),
			get("/api/organisations/{missing}").forEveryone(NOT_FOUND),
			get("/manage/organisations").forManagersOnly(),
			get("/manage/organisations/export.csv").forManagersOnly(),
			get("/manage/organisations/export.xlsx").forManagersOnly(),
			get("/manage/organisations/new").forManagersOnly(),
			post("/manage/organisations/new").forManagersOnly(),
			get("/manage/organisations/{organisation}").forManagersOnly(),
			get("/manage/organisations/{missing}").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			post("/manage/organisations/{organisation}").forManagersOnly(),

			// programme: the public catalogue
			get("/programmes").forEveryone(OK),
			get("/programmes/{programme}").forEveryone(OK),
			get("/programmes/{missing}").forEveryone(NOT_FOUND),
			get("/api/programmes").forEveryone(OK),
			get("/api/programmes/{programme}").forEveryone(OK),
			get("/api/programmes/{missing}").forEveryone(NOT_FOUND),
			get("/api/themes").forEveryone(OK),

			// programme: practitioners apply; someone else's application by id is not found
			get("/programmes/{programme}/cohorts/{cohort}/apply").forPractitionersOnly(OK),
			post("/programmes/{programme}/cohorts/{cohort}/apply").forPractitionersOnly(OK),
			get("/programmes/{programme}/cohorts/{otherCohort}/apply").forPractitionersOnly(NOT_FOUND),
			get("/my/applications").forPractitionersOnly(OK),
			post("/my/applications/{application}/withdraw").forPractitionersOnly(NOT_FOUND),

			// programme: a programme manager's programmes, cohorts, themes and applications
			get("/manage/programmes").forManagersOnly(),
			get("/manage/programmes/new").forManagersOnly(),
			post("/manage/programmes/new").forManagersOnly(),
			get("/manage/programmes/{programme}").forManagersOnly(),
			get("/manage/programmes/{missing}").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			post("/manage/programmes/{programme}").forManagersOnly(),
			post("/manage/programmes/{programme}/status").forManagersOnly(REDIRECT),
			get("/manage/programmes/{programme}/cohorts/new").forManagersOnly(),
			post("/manage/programmes/{programme}/cohorts/new").forManagersOnly(),
			get("/manage/programmes/{programme}/cohorts/{cohort}").forManagersOnly(),
			get("/manage/programmes/{programme}/cohorts/{otherCohort}").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			post("/manage/programmes/{programme}/cohorts/{cohort}").forManagersOnly(),
			post("/manage/programmes/{programme}/cohorts/{cohort}/status").forManagersOnly(REDIRECT),
			get("/manage/themes").forManagersOnly(),
			post("/manage/themes").forManagersOnly(),
			get("/manage/themes/{theme}").forManagersOnly(),
			post("/manage/themes/{theme}").forManagersOnly(),
			post("/manage/themes/{theme}/retire").forManagersOnly(REDIRECT),
			post("/manage/themes/{theme}/restore").forManagersOnly(REDIRECT),
			get("/manage/applications").forManagersOnly(),
			get("/manage/applications/export.csv").forManagersOnly(),
			get("/manage/applications/export.xlsx").forManagersOnly(),
			post("/manage/applications/{application}/decision").forManagersOnly(),

			// project: nobody in the table belongs to {project}: it is someone else's group by id
			get("/my/projects").signedOut(LOGIN).signedIn(OK),
			get("/projects/{project}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/projects/{missing}").signedOut(LOGIN).signedIn(NOT_FOUND),
			post("/projects/{project}/focus").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/projects/{project}/milestones/{milestone}").with("personId", "{projectMember}", "done", "true").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, REDIRECT),
			get("/projects/{project}/sessions/{session}/attendance").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			post("/projects/{project}/sessions/{session}/attendance").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, REDIRECT),
			// two days need a reason: the manager's form answers with that error
			post("/projects/{project}/release").with("personId", "{projectMember}", "days", "2").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			post("/projects/{project}/release/use").with("usedOn", "2027-02-01", "days", "1").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/projects/{project}/support").with("personId", "{projectMember}", "kind", "EMAIL", "contactOn", "2027-02-01", "minutes", "30", "note", "Talked through the plan").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/projects/{project}/calendar.ics").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/my/calendar").signedOut(LOGIN).signedIn(OK),
			post("/my/calendar/reset").signedOut(LOGIN).signedIn(REDIRECT),
			get("/calendar/{token}.ics").forEveryone(OK),
			get("/calendar/not-a-token.ics").forEveryone(NOT_FOUND),
			get("/api/projects").signedOut(UNAUTHORISED).signedIn(OK),
			get("/api/projects/{project}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/api/projects/{project}/sessions").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/api/projects/{project}/calendar.ics").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),

			// project: a programme manager's projects and their sessions
			get("/manage/projects").forManagersOnly(),
			get("/manage/projects/export.csv").forManagersOnly(),
			get("/manage/projects/export.xlsx").forManagersOnly(),
			get("/manage/projects/new").forManagersOnly(),
			post("/manage/projects/new").forManagersOnly(),
			get("/manage/projects/{project}").forManagersOnly(),
			get("/manage/projects/{missing}").signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, NOT_FOUND),
			post("/manage/projects/{project}").forManagersOnly(),
			post("/manage/projects/{project}/members").forManagersOnly(),
			post("/manage/projects/{project}/members/{projectMember}/remove").forManagersOnly(REDIRECT),
			post("/manage/projects/{project}/schedule").forManagersOnly(REDIRECT),
			get("/manage/projects/{project}/sessions/new").forManagersOnly(),
			post("/manage/projects/{project}/sessions/new").forManagersOnly(),
			get("/manage/projects/{project}/sessions/{session}").forManagersOnly(),
			post("/manage/projects/{project}/sessions/{session}").forManagersOnly(),

			// inquiry: {inquiry} belongs to a member of {project}; only its people (and the manager, to read) reach it
			get("/inquiries").signedOut(LOGIN).signedIn(OK),
			get("/manage/inquiries/export.csv").forManagersOnly(),
			get("/manage/inquiries/export.xlsx").forManagersOnly(),
			get("/projects/{project}/inquiries/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/projects/{project}/inquiries/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/inquiries/{missing}").signedOut(LOGIN).signedIn(NOT_FOUND),
			post("/inquiries/{inquiry}/advance").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/measures/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/measures/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/measures/{measure}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/measures/{measure}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/measures/{measure}/edit").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/measures/{measure}/edit").with("name", "Score", "unit", "marks", "kind", "NUMBER", "baseline", "3").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/measures/{measure}/remove").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/withdraw").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/withdraw").with("reason", "Changed role").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/plan").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/plan").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/plan/versions/{planVersion}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			post("/inquiries/{inquiry}/comments").with("body", "Link the task to the workshop").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/log").with("entryOn", "2027-02-01", "done", "Tried the starter").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/inquiries/{inquiry}/evaluation").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/inquiries/{inquiry}/evaluation").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/api/inquiries").signedOut(UNAUTHORISED).signedIn(OK),
			get("/api/inquiries/{inquiry}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			get("/api/inquiries/{inquiry}/plan/{planVersion}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, OK),
			post("/api/projects/{project}/inquiries").json("{\"title\": \"Fractions\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/measures").json("{\"name\": \"Score\", \"unit\": \"marks\", \"kind\": \"NUMBER\", \"baseline\": 3}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			put("/api/inquiries/{inquiry}/measures/{measure}").json("{\"reaudit\": 5}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			put("/api/inquiries/{inquiry}/measures/{measure}").json("{\"name\": \"Score\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			delete("/api/inquiries/{inquiry}/measures/{measure}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/withdrawal").json("{\"reason\": \"Changed role\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/advance").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/plan").json("{\"actions\": [{\"what\": \"Starter\", \"who\": \"Tutor\", \"dueOn\": \"2027-03-01\", \"successCriterion\": \"Used weekly\"}]}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/comments").json("{\"body\": \"A comment\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/api/inquiries/{inquiry}/log").json("{\"entryOn\": \"2027-02-01\", \"done\": \"Tried it\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			put("/api/inquiries/{inquiry}/evaluation").json("{\"whatChanged\": \"a\", \"contentLessons\": \"b\", \"processLessons\": \"c\", \"implications\": \"d\"}").signedOut(UNAUTHORISED).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),

			// learningset: the meetings of {set}, an action learning set nobody in the table belongs to; minutes
			// are for the set's members and facilitator only, so even the programme manager is refused
			get("/projects/{set}/meetings").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/projects/{set}/meetings/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			post("/projects/{set}/meetings/new").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/projects/{set}/meetings/{meeting}").signedOut(LOGIN).signedIn(NOT_FOUND).as(Visitor.PROGRAMME_MANAGER, FORBIDDEN),
			get("/projects/{project}/meetings").signedOut(LOGIN).signedIn(NOT_FOUND),

			// notification: each person's own choices
			get("/account/notifications").signedOut(LOGIN).signedIn(OK),
			post("/account/notifications").signedOut(LOGIN).signedIn(OK));

	/**
	 * Modules whose routes are checked role by role in their own access tests instead of here
	 * (each of those tests covers someone else's record by id). Their routes still have to exist in
	 * the controllers this test reads; only the listing is delegated.
	 */
	static final Map<String, String> CHECKED_IN_THEIR_OWN_MODULE = Map.of(
			"org.practiceexchange.call", "call.CallRouteAccessTests",
			"org.practiceexchange.consultation", "consultation.PublicRoutesByRoleTests, ConsultationPagesTests, ConsultationApiTests",
			"org.practiceexchange.resource", "resource.OutputAccessTests, OutputWorkflowTests, CascadeTests, OaiTests",
			"org.practiceexchange.conference", "conference.ConferenceRouteAccessTests",
			"org.practiceexchange.report", "report.ReportRouteAccessTests",
			"org.practiceexchange.synthesis", "synthesis.SynthesisRouteAccessTests, SynthesisFiguresTests, QuotingTests",
			"org.practiceexchange.community", "community.CommunityRouteAccessTests, CommunityJourneyTests");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	MeetingFixtures meetings;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	final Map<Visitor, MockHttpSession> sessions = new EnumMap<>(Visitor.class);

	/** The records that {placeholders} in the table stand for. */
	final Map<String, Object> records = new LinkedHashMap<>();

	@BeforeAll
	void signInAsEveryRoleAndCreateTheRecords() throws Exception {
		for (Visitor visitor : Visitor.values()) {
			if (visitor.isSignedIn()) {
				sessions.put(visitor, SignIn.as(mvc, fixtures.a(visitor.role())));
			}
		}
		TestPerson someoneElse = fixtures.aPractitioner();
		records.put("person", someoneElse.id());
		records.put("invited", fixtures.aPerson().invited().create().id());
		records.put("erasable", fixtures.aPractitioner().id());
		records.put("erasableByApi", fixtures.aPractitioner().id());
		records.put("organisation", fixtures.anOrganisation().id());
		records.put("missing", Long.MAX_VALUE);

		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.anOpenCohort(programme.id(), null);
		records.put("programme", programme.id());
		records.put("cohort", cohort.id());
		records.put("otherCohort", programmes.aCohort(programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of()).id(), null).id());
		OrganisationSummary college = fixtures.anOrganisation();
		records.put("application", programmes.anApplication(fixtures.aPerson(Role.PRACTITIONER, college), cohort));
		records.put("theme", programmes.aTheme());

		ProjectFixtures.Group group = projects.aGroup();
		records.put("project", group.project().id());
		records.put("projectMember", group.otherMember().id());
		records.put("session", projects.aSessionId(group.project().id()));
		records.put("milestone", projects.aMilestoneId(group.project()));
		records.put("token", projects.calendarTokenOf(group.member().id()));
		Long inquiry = inquiries.anInquiry(group, Stage.INTERVENE);
		records.put("planVersion", 1);
		records.put("inquiry", inquiry);
		records.put("measure", inquiries.firstMeasureOf(group, inquiry));
		ProjectFixtures.Group set = projects.aGroup(ProjectKind.ACTION_LEARNING_SET);
		records.put("set", set.project().id());
		records.put("meeting", meetings.aMeeting(set));
	}

	static Stream<Route> routes() {
		return ROUTES.stream();
	}

	static Stream<Route> formPosts() {
		return ROUTES.stream().filter(route -> route.method() == HttpMethod.POST);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void eachVisitorGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Visitor visitor : Visitor.values()) {
			MockHttpServletRequestBuilder request = withBody(route, request(route.method(), URI.create(resolve(route.path()))))
				.with(csrf());
			Outcome actual = outcomeOf(perform(request, visitor));
			if (actual != route.expected().get(visitor)) {
				wrong.add(visitor + " expected " + route.expected().get(visitor) + " but got " + actual);
			}
		}
		assertThat(wrong).as("%s %s", route.method(), route.path()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formPosts")
	void formPostWithoutItsCsrfTokenIsRefusedForEveryone(Route route) throws Exception {
		for (Visitor visitor : Visitor.values()) {
			MockHttpServletRequestBuilder request = withBody(route, request(route.method(), URI.create(resolve(route.path()))));
			assertThat(perform(request, visitor).getStatus()).as("%s %s as %s without a token", route.method(),
					route.path(), visitor).isEqualTo(403);
		}
	}

	@Test
	void everyControllerRouteIsInTheTable() {
		Set<String> listed = new TreeSet<>();
		ROUTES.forEach(route -> listed.add(route.method() + " " + shape(route.path())));

		Set<String> missing = new TreeSet<>();
		handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			if (isOurs(handler) && !CHECKED_IN_THEIR_OWN_MODULE.containsKey(handler.getBeanType().getPackageName())) {
				for (String method : methodsOf(info)) {
					for (String pattern : info.getPatternValues()) {
						if (!listed.contains(method + " " + shape(pattern))) {
							missing.add(method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + ")");
						}
					}
				}
			}
		});

		assertThat(missing).as("controller routes with no row in RouteAccessTests.ROUTES: add a row saying what "
				+ "each visitor gets").isEmpty();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Visitor visitor) throws Exception {
		if (visitor != Visitor.SIGNED_OUT) {
			request.session(sessions.get(visitor));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static Outcome outcomeOf(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status >= 300 && status < 400) {
			String location = response.getRedirectedUrl();
			return location != null && URI.create(location).getPath().equals("/login") ? LOGIN : REDIRECT;
		}
		return switch (status) {
			case 200 -> OK;
			case 401 -> UNAUTHORISED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			default -> throw new AssertionError("Unexpected status " + status);
		};
	}

	private MockHttpServletRequestBuilder withBody(Route route, MockHttpServletRequestBuilder request) {
		for (int i = 0; i + 1 < route.params().size(); i += 2) {
			request.param(route.params().get(i), resolve(route.params().get(i + 1)));
		}
		if (route.json() != null) {
			request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(route.json());
		}
		return request;
	}

	private String resolve(String path) {
		Matcher placeholders = PLACEHOLDER.matcher(path);
		StringBuilder resolved = new StringBuilder();
		while (placeholders.find()) {
			Object record = records.get(placeholders.group(1));
			assertThat(record).as("record for {%s} in %s", placeholders.group(1), path).isNotNull();
			placeholders.appendReplacement(resolved, record.toString());
		}
		return placeholders.appendTail(resolved).toString();
	}

	private static boolean isOurs(HandlerMethod handler) {
		return handler.getBeanType().getPackageName().startsWith("org.practiceexchange")
				&& !ErrorController.class.isAssignableFrom(handler.getBeanType());
	}

	private static List<String> methodsOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
	}

	/** {@code /manage/people/{id}} and {@code /manage/people/{person}} have the same shape. */
	private static String shape(String path) {
		return PLACEHOLDER.matcher(path).replaceAll("{}");
	}

	static List<Route> table(RouteBuilder... rows) {
		return Stream.of(rows).map(RouteBuilder::build).toList();
	}

	static RouteBuilder get(String path) {
		return new RouteBuilder(HttpMethod.GET, path);
	}

	static RouteBuilder post(String path) {
		return new RouteBuilder(HttpMethod.POST, path);
	}

	static RouteBuilder put(String path) {
		return new RouteBuilder(HttpMethod.PUT, path);
	}

	static RouteBuilder delete(String path) {
		return new RouteBuilder(HttpMethod.DELETE, path);
	}

	record Route(HttpMethod method, String path, Map<Visitor, Outcome> expected, List<String> params, String json) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	/** Says what each visitor gets; anything left unsaid is a mistake in the table. */
	static final class RouteBuilder {

		private final HttpMethod method;

		private final String path;

		private final Map<Visitor, Outcome> expected = new EnumMap<>(Visitor.class);

		private final List<String> params = new ArrayList<>();

		private String json;

		RouteBuilder(HttpMethod method, String path) {
			this.method = method;
			this.path = path;
		}

		RouteBuilder forEveryone(Outcome outcome) {
			return signedOut(outcome).signedIn(outcome);
		}

		/** Pages for programme managers: others signed in are refused, visitors asked to sign in. */
		RouteBuilder forManagersOnly() {
			return forManagersOnly(OK);
		}

		RouteBuilder forManagersOnly(Outcome forManagers) {
			return signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, forManagers);
		}

		/** Pages for practitioners: other roles refused, visitors asked to sign in. */
		RouteBuilder forPractitionersOnly(Outcome forPractitioners) {
			return signedOut(LOGIN).signedIn(FORBIDDEN).as(Visitor.PRACTITIONER, forPractitioners);
		}

		RouteBuilder forManagersOnlyByApi() {
			return signedOut(UNAUTHORISED).signedIn(FORBIDDEN).as(Visitor.PROGRAMME_MANAGER, OK);
		}

		RouteBuilder signedOut(Outcome outcome) {
			expected.put(Visitor.SIGNED_OUT, outcome);
			return this;
		}

		/** The same outcome for every role. */
		RouteBuilder signedIn(Outcome outcome) {
			for (Visitor visitor : Visitor.values()) {
				if (visitor != Visitor.SIGNED_OUT) {
					expected.put(visitor, outcome);
				}
			}
			return this;
		}

		/**
		 * A valid form body (name, value, name, value…; values may hold {placeholders}), for forms
		 * that would otherwise send anyone back with their errors before deciding who may act.
		 */
		RouteBuilder with(String... namesAndValues) {
			params.addAll(List.of(namesAndValues));
			return this;
		}

		/** A valid JSON body for an API call, so the answer is about access and not about the body. */
		RouteBuilder json(String body) {
			this.json = body;
			return this;
		}

		/** An exception for one visitor, after the general rule. */
		RouteBuilder as(Visitor visitor, Outcome outcome) {
			expected.put(visitor, outcome);
			return this;
		}

		Route build() {
			if (expected.size() != Visitor.values().length) {
				throw new IllegalStateException(method + " " + path + " does not say what every visitor gets: " + expected);
			}
			return new Route(method, path, Map.copyOf(expected), List.copyOf(params), json);
		}
	}
}

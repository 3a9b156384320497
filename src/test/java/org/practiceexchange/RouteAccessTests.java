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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

			// account: a programme manager's people (someone else's record, by id)
			get("/manage/people").forManagersOnly(),
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

			// organisation: the public directory and a programme manager's list
			get("/api/organisations").forEveryone(OK),
			get("/api/organisations/{organisation}").forEveryone(OK),
			get("/api/organisations/{missing}").forEveryone(NOT_FOUND),
			get("/manage/organisations").forManagersOnly(),
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
			post("/manage/applications/{application}/decision").forManagersOnly(REDIRECT),

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
			"org.practiceexchange.project", "project.ProjectPageTests, ProjectAdminTests, ProjectApiTests, CalendarTests",
			"org.practiceexchange.inquiry", "inquiry.InquiryPageTests, InquiryApiTests",
			"org.practiceexchange.learningset", "learningset.MeetingTests",
			"org.practiceexchange.consultation", "consultation.PublicRoutesByRoleTests, ConsultationPagesTests, ConsultationApiTests",
			"org.practiceexchange.resource", "resource.OutputAccessTests, OutputWorkflowTests, CascadeTests, OaiTests",
			"org.practiceexchange.synthesis", "synthesis.SynthesisRouteAccessTests, SynthesisFiguresTests, QuotingTests");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

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
			MockHttpServletRequestBuilder request = request(route.method(), URI.create(resolve(route.path()))).with(csrf());
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
			MockHttpServletRequestBuilder request = request(route.method(), URI.create(resolve(route.path())));
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

	record Route(HttpMethod method, String path, Map<Visitor, Outcome> expected) {

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

		/** An exception for one visitor, after the general rule. */
		RouteBuilder as(Visitor visitor, Outcome outcome) {
			expected.put(visitor, outcome);
			return this;
		}

		Route build() {
			if (expected.size() != Visitor.values().length) {
				throw new IllegalStateException(method + " " + path + " does not say what every visitor gets: " + expected);
			}
			return new Route(method, path, Map.copyOf(expected));
		}
	}
}

package org.practiceexchange;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.ReviewerFixtures;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.report.ReportFixtures;
import org.practiceexchange.synthesis.QuoteFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Grouping the header lost no page: for each role, a person with the records the demo person of
 * that role has (a project, an inquiry, an application, an assignment, a quote request…) follows
 * links from their home and the "More" page (a visitor from the front page), one page further, and
 * finds a link to every page the old header gave that role. The old header's targets are listed here
 * as the modules' {@code NavigationLink} beans gave them before the header was grouped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationReachabilityTests {

	/** How many pages the crawl of one person opens at most. */
	static final int MAX_PAGES = 60;

	static final List<String> NOT_PAGES = List.of("/logout", "/api/", "/v3/", "/swagger-ui", "/actuator", "/webjars/",
			"/css/", "/js/", "/images/", "/calendar/");

	static final Set<String> OLD_PUBLIC = Set.of("/programmes", "/calls", "/conferences", "/outputs", "/syntheses",
			"/consultations");

	/** Every entry of the old header, per role (the beans' paths and security expressions as they were). */
	static final Map<Visitor, Set<String>> OLD_HEADER = new EnumMap<>(Map.of(
			Visitor.SIGNED_OUT, union(OLD_PUBLIC, "/register", "/login"),
			Visitor.PRACTITIONER, union(OLD_PUBLIC, "/my/applications", "/my/projects", "/inquiries", "/reports",
					"/communities", "/my/outputs", "/my/cascade", "/my/quotes", "/account"),
			Visitor.MENTOR, union(OLD_PUBLIC, "/my/projects", "/inquiries", "/reports", "/communities", "/account"),
			Visitor.PROVIDER_LEAD, union(OLD_PUBLIC, "/my/proposals", "/my/projects", "/inquiries", "/reports",
					"/my/outputs", "/account"),
			Visitor.REVIEWER, union(OLD_PUBLIC, "/my/reviews", "/account"),
			Visitor.VALIDATOR, union(OLD_PUBLIC, "/reports", "/approvals/outputs", "/account"),
			Visitor.PROGRAMME_MANAGER, union(OLD_PUBLIC, "/inquiries", "/reports", "/communities", "/approvals/outputs",
					"/manage", "/account")));

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ReportFixtures reports;

	@Autowired
	ReviewerFixtures reviewers;

	@Autowired
	QuoteFixtures quotes;

	final Map<Visitor, SignedInPerson> people = new EnumMap<>(Visitor.class);

	/** People with what the demo people have: the practitioner in a project with an inquiry, an application and a quote request… */
	@BeforeAll
	void peopleWithTheirRecords() {
		SignedInPerson practitioner = quotes.aPractitionerAskedForAQuote();
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), null);
		programmes.anApplication(practitioner, cohort);
		people.put(Visitor.PRACTITIONER, practitioner);
		ReportFixtures.Reporting reporting = reports.aReportingGroup();
		people.put(Visitor.MENTOR, reporting.group().mentor());
		people.put(Visitor.PROVIDER_LEAD, reporting.group().lead());
		people.put(Visitor.VALIDATOR, reporting.group().validator());
		people.put(Visitor.REVIEWER, reviewers.aReviewerWithAnAssignment());
		people.put(Visitor.PROGRAMME_MANAGER, accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation()));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Visitor.class)
	void everyPageTheOldHeaderGaveARoleIsStillLinkedFromTheirHomeOrTheMorePage(Visitor visitor) throws Exception {
		SignedInPerson person = people.get(visitor);
		List<String> start = visitor.isSignedIn() ? List.of("/home", "/more") : List.of("/");

		Map<String, String> linked = crawl(start, person);

		Set<String> missing = new TreeSet<>(OLD_HEADER.get(visitor));
		missing.removeAll(linked.keySet());
		assertThat(missing).as("old header targets not linked for %s (linked: %s)", visitor, linked.keySet()).isEmpty();
		for (String target : OLD_HEADER.get(visitor)) {
			int status = fetch(target, person).getStatus();
			assertThat(status).as("%s as %s, linked from %s", target, visitor, linked.get(target))
				.isEqualTo(visitor.isSignedIn() && target.equals("/login") ? 302 : 200);
		}
	}

	/**
	 * Opens the start pages and the pages they link to (one step), and returns every page address
	 * linked from any of them, with the page that first linked it.
	 */
	private Map<String, String> crawl(List<String> start, SignedInPerson person) throws Exception {
		Map<String, String> linked = new LinkedHashMap<>();
		Set<String> opened = new LinkedHashSet<>();
		List<String> level = new ArrayList<>(start);
		for (int depth = 0; depth <= 1 && opened.size() < MAX_PAGES; depth++) {
			List<String> next = new ArrayList<>();
			for (String path : level) {
				if (opened.size() >= MAX_PAGES || !opened.add(path)) {
					continue;
				}
				MockHttpServletResponse response = fetch(path, person);
				if (response.getStatus() != 200 || response.getContentType() == null
						|| !response.getContentType().startsWith("text/html")) {
					continue;
				}
				Document page = Html.of(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
				for (String href : page.select("a[href]").eachAttr("href")) {
					String target = pathOf(href);
					if (target != null && !linked.containsKey(target)) {
						linked.put(target, path);
						next.add(target);
					}
				}
			}
			level = next;
		}
		return linked;
	}

	private MockHttpServletResponse fetch(String path, SignedInPerson person) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (person != null) {
			request = request.with(user(person));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The path of a link on this site to a page, or null for anything else. */
	private static String pathOf(String href) {
		if (href.startsWith("#") || href.startsWith("mailto:")) {
			return null;
		}
		URI uri = URI.create(href.replace(" ", "%20"));
		if (uri.getHost() != null && !"localhost".equals(uri.getHost())) {
			return null;
		}
		String path = uri.getPath();
		if (path == null || path.isEmpty() || NOT_PAGES.stream().anyMatch(path::startsWith)
				|| path.matches(".*\\.(pdf|csv|xlsx|ics|zip|xml|json)$")) {
			return null;
		}
		return path;
	}

	private static Set<String> union(Set<String> base, String... more) {
		Set<String> all = new TreeSet<>(base);
		all.addAll(List.of(more));
		return all;
	}
}

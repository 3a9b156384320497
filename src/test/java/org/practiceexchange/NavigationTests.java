package org.practiceexchange;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.ReviewerFixtures;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.report.ReportFixtures;
import org.practiceexchange.shared.web.Navigation;
import org.practiceexchange.synthesis.QuoteFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The header as each person sees it: at most seven entries, only those that lead somewhere useful
 * for them now (a project, an inquiry, an assignment…), the rest on the "More" page under
 * headings; one labelled navigation landmark with the current page marked.
 */
@IntegrationTest
class NavigationTests {

	static final List<String> PUBLIC_FOR_SIGNED_IN = List.of("Programmes", "Outputs", "Conference");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	ReportFixtures reports;

	@Autowired
	ReviewerFixtures reviewers;

	@Autowired
	QuoteFixtures quotes;

	/** Someone with each role and nothing of their own yet: no project, application or assignment. */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Visitor.class)
	void withNothingOfTheirOwnEachPersonSeesOnlyTheEntriesTheyCanUse(Visitor visitor) throws Exception {
		SignedInPerson person = visitor.isSignedIn() ? accounts.aPerson(visitor.role(), accounts.anOrganisation()) : null;
		List<String> expected = switch (visitor) {
			case SIGNED_OUT -> List.of("Programmes", "Calls", "Outputs", "Conference", "Learning", "Consultations");
			case PROVIDER_LEAD -> List.of("Home", "My proposals", "Programmes", "Outputs", "Conference", "More");
			case PROGRAMME_MANAGER -> List.of("Home", "Inquiries", "Programmes", "Outputs", "Conference", "Manage", "More");
			default -> List.of("Home", "Programmes", "Outputs", "Conference", "More");
		};

		List<String> header = headerOf(page("/programmes", person));

		assertThat(header).as("header as %s", visitor).hasSizeLessThanOrEqualTo(Navigation.MAX_HEADER_ENTRIES)
			.containsExactlyElementsOf(expected);
	}

	@Test
	void aPractitionerWithAProjectAndAnInquiryHasThemInTheHeaderAndTheirReportsOnMore() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		inquiries.anInquiry(group, Stage.AUDIT);

		assertThat(headerOf(page("/home", group.member())))
			.containsExactly("Home", "My projects", "Inquiries", "Programmes", "Outputs", "Conference", "More");
		// a member with no inquiry of their own starts one from the project's page: no empty list
		assertThat(headerOf(page("/home", group.otherMember())))
			.containsExactly("Home", "My projects", "Programmes", "Outputs", "Conference", "More");

		Map<String, List<String>> more = morePageOf(group.member());
		assertThat(more).containsExactly(
				Map.entry("Your work", List.of("Reports", "My outputs", "Cascade log")),
				Map.entry("From across the sector", List.of("Calls", "Learning", "Consultations", "Communities")),
				Map.entry("Your account", List.of("Your account")));
	}

	@Test
	void aPractitionerWithNoProjectHasNoProjectsInquiriesOrReportsAndGetsTheirApplicationsOnceTheyApply() throws Exception {
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());

		assertThat(headerOf(page("/home", practitioner))).containsExactly("Home", "Programmes", "Outputs", "Conference", "More");
		assertThat(morePageOf(practitioner).get("Your work")).containsExactly("My outputs", "Cascade log");

		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), null);
		programmes.anApplication(practitioner, cohort);

		assertThat(morePageOf(practitioner).get("Your work")).containsExactly("My applications", "My outputs", "Cascade log");
	}

	@Test
	void quoteRequestsShowForThePractitionerAskedForAQuote() throws Exception {
		SignedInPerson asked = quotes.aPractitionerAskedForAQuote();

		assertThat(morePageOf(asked).get("Your work")).containsExactly("Reports", "My outputs", "Cascade log", "Quote requests");
	}

	@Test
	void aReviewerSeesReviewsOnlyOnceAProposalIsAssignedToThem() throws Exception {
		SignedInPerson unassigned = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson assigned = reviewers.aReviewerWithAnAssignment();

		assertThat(headerOf(page("/home", unassigned))).doesNotContain("My reviews");
		assertThat(headerOf(page("/home", assigned)))
			.containsExactly("Home", "My reviews", "Programmes", "Outputs", "Conference", "More");
	}

	@Test
	void theMentorLeadAndValidatorOfAProjectSeeWhatTheyFollow() throws Exception {
		ReportFixtures.Reporting reporting = reports.aReportingGroup();
		ProjectFixtures.Group group = reporting.group();

		assertThat(headerOf(page("/home", group.mentor())))
			.containsExactly("Home", "My projects", "Inquiries", "Programmes", "Outputs", "Conference", "More");
		assertThat(morePageOf(group.mentor()).get("Your work")).containsExactly("Reports");
		// the lead's eight entries do not fit: the last before "More" moves onto the More page
		assertThat(headerOf(page("/home", group.lead())))
			.containsExactly("Home", "My projects", "Inquiries", "My proposals", "Programmes", "Outputs", "More");
		assertThat(morePageOf(group.lead()).get("Also for you")).containsExactly("Conference");
		assertThat(headerOf(page("/home", group.validator())))
			.containsExactly("Home", "Programmes", "Outputs", "Conference", "More");
		assertThat(morePageOf(group.validator()).get("Your work")).containsExactly("Reports", "Outputs to approve");
		// a validator named on no project has no reports to see
		assertThat(morePageOf(accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation())).get("Your work"))
			.containsExactly("Outputs to approve");
	}

	@Test
	void someoneHoldingEveryRoleStillSeesSevenEntriesAndTheRestOnMore() throws Exception {
		SignedInPerson everything = accounts.aPerson(EnumSet.allOf(Role.class), accounts.anOrganisation());

		List<String> header = headerOf(page("/home", everything));

		assertThat(header).hasSize(Navigation.MAX_HEADER_ENTRIES).startsWith("Home").endsWith("More");
		Map<String, List<String>> more = morePageOf(everything);
		assertThat(more.get("Also for you")).isNotEmpty().doesNotContainAnyElementsOf(header);
		assertThat(more.values().stream().flatMap(List::stream).toList()).doesNotContainAnyElementsOf(header);
	}

	@Test
	void theHeaderIsOneLabelledNavigationWithItsToggleAndTheCurrentPageMarked() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.AUDIT);

		Document home = page("/home", group.member());
		Elements navs = home.select("nav");
		assertThat(navs).hasSize(1);
		assertThat(navs.first().attr("aria-label")).isEqualTo("Menu");
		Element toggle = navs.first().selectFirst("button.govuk-service-navigation__toggle");
		assertThat(toggle).isNotNull();
		assertThat(toggle.attr("aria-controls")).isEqualTo("navigation");
		assertThat(navs.first().select("ul#navigation")).hasSize(1);
		assertThat(current(home)).containsExactly(Map.entry("Home", "page"));
		assertThat(home.selectFirst("li.govuk-service-navigation__item--active a").text()).isEqualTo("Home");

		assertThat(current(page("/more", group.member()))).containsExactly(Map.entry("More", "page"));
		// a page on the More page: More holds it
		assertThat(current(page("/my/cascade", group.member()))).containsExactly(Map.entry("More", "true"));
		// a page under a header entry: that entry holds it
		assertThat(current(page("/inquiries/" + inquiry, group.member()))).containsExactly(Map.entry("Inquiries", "true"));

		Document account = page("/account", group.member());
		assertThat(account.selectFirst("header a[href=/account]").attr("aria-current")).isEqualTo("page");
		assertThat(current(account)).isEmpty();
	}

	@Test
	void accountAndSigningInOrOutSitInTheHeaderBarNotAmongTheEntries() throws Exception {
		Document signedOut = page("/programmes", null);
		assertThat(signedOut.select("header .px-header__account a").eachText()).containsExactly("Sign in", "Register");
		assertThat(headerOf(signedOut)).doesNotContain("Sign in", "Register");

		SignedInPerson person = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Document signedIn = page("/programmes", person);
		assertThat(signedIn.select("header .px-header__account a").eachText()).containsExactly("Your account");
		assertThat(signedIn.select("header .px-header__account form[action=/logout] button").text()).isEqualTo("Sign out");
		assertThat(signedIn.select("nav").text()).doesNotContain("Sign out", "Your account");
	}

	@Test
	void theMorePageIsForSignedInPeople() throws Exception {
		assertThat(mvc.perform(get("/more")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	private Document page(String path, SignedInPerson person) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (person != null) {
			request = request.with(user(person));
		}
		var result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s", path).isEqualTo(200);
		return Html.of(result);
	}

	static List<String> headerOf(Document page) {
		return page.select("nav .govuk-service-navigation__item a").eachText();
	}

	/** Each header entry marked current, with its {@code aria-current}. */
	static Map<String, String> current(Document page) {
		Map<String, String> marked = new LinkedHashMap<>();
		page.select("nav a[aria-current]").forEach(link -> marked.put(link.text(), link.attr("aria-current")));
		return marked;
	}

	private Map<String, List<String>> morePageOf(SignedInPerson person) throws Exception {
		Document more = page("/more", person);
		Map<String, List<String>> sections = new LinkedHashMap<>();
		for (Element heading : more.select("main h2")) {
			Element list = heading.nextElementSibling();
			sections.put(heading.text(), list.select("a").eachText());
		}
		return sections;
	}
}

package org.practiceexchange;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demo mode, the one test that leans on demo data. It needs {@code exchange.demo=true}, so it has
 * a context (and a database) of its own.
 */
// Port 0: the demo mail viewer on a free port, whatever else listens on 2525 on this machine.
@SpringBootTest(properties = { "exchange.demo=true", "spring.mail.port=0" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoModeTests {

	static final String DEMO_PASSWORD = "exchange-demo";

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.useSeparateDatabase(registry, "demo");
		registry.add("exchange.data-dir", () -> "target/test-data/demo");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			manager@demo.test,      PROGRAMME_MANAGER, Sector Research Network
			mentor@demo.test,       MENTOR,            University of Midshire
			facilitator@demo.test,  MENTOR,            Sector Research Network
			practitioner@demo.test, PRACTITIONER,      Riverside College
			lead@demo.test,         PROVIDER_LEAD,     Riverside College
			reviewer@demo.test,     REVIEWER,          Northgate Sixth Form College
			validator@demo.test,    VALIDATOR,         University of Midshire
			colleague@demo.test,    PRACTITIONER,      Brookfield Adult Learning Service
			""")
	void demoAccountSignsInWithTheDemoPasswordAndHoldsItsRole(String email, String role, String organisation)
			throws Exception {
		mvc.perform(get("/api/me").session(SignIn.as(mvc, email, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.roles", contains(role)))
			.andExpect(jsonPath("$.organisations[*].name", contains(organisation)));
	}

	@Test
	void homePageLoadsForAVisitor() throws Exception {
		Document home = Html.of(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());

		assertThat(home.select("h1").text()).isEqualTo("Practitioner-led development and research, in one place");
		assertThat(home.select(".px-card h3").eachText()).contains("T Level resource improvement projects",
				"Improvement projects for professional status");
	}

	@Test
	void catalogueHoldsTheNineProgrammesOfTheSeedsWithTheExchangesTwoWaves() throws Exception {
		mvc.perform(get("/api/programmes").param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(9))
			.andExpect(jsonPath("$.content[?(@.name == 'West Midlands professional exchange')].cohorts[*].name",
					org.hamcrest.Matchers.containsInAnyOrder("First wave", "Second wave")))
			.andExpect(jsonPath("$.content[?(@.name == 'Practitioner research programme')].status",
					contains("RELAUNCHED")));
	}

	@Test
	void theColleaguesReportOfHerCompletedInquiryIsSignedOff() throws Exception {
		var session = SignIn.as(mvc, "colleague@demo.test", DEMO_PASSWORD);
		mvc.perform(get("/api/reports").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.status == 'SIGNED_OFF')].title",
					contains("Real bills, real confidence: reading household documents in entry-level ESOL")));
	}

	@Test
	void demoOrganisationsAreInTheDirectory() throws Exception {
		mvc.perform(get("/api/organisations"))
			.andExpect(jsonPath("$.totalElements").value(8))
			.andExpect(jsonPath("$.content[*].name", hasItems("Riverside College", "Sector Research Network")));
	}

	@Test
	void theExchangeGroupKeepsMeetingAsACommunityThePractitionerMayAskToJoin() throws Exception {
		mvc.perform(get("/api/communities").session(SignIn.as(mvc, "colleague@demo.test", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[*].name", contains("Everyday maths with ESOL learners")))
			.andExpect(jsonPath("$[0].member").value(true));
		org.springframework.mock.web.MockHttpSession practitioner = SignIn.as(mvc, "practitioner@demo.test", DEMO_PASSWORD);
		mvc.perform(get("/api/communities").session(practitioner))
			.andExpect(jsonPath("$[0].member").value(false));
		Document directory = Html.of(mvc.perform(get("/communities").session(practitioner)).andReturn());
		String community = directory.select("main a[href~=^/communities/\\d+$]").first().attr("href");
		Document page = Html.of(mvc.perform(get(community).session(practitioner)).andExpect(status().isOk()).andReturn());
		assertThat(page.select("main button").eachText()).contains("Ask to join");
	}

	@Test
	void aNewcomerRegistersAndFollowsTheVerificationLinkFromTheDemoMailViewer() throws Exception {
		String organisation = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/organisations"))
			.andReturn().getResponse().getContentAsString(), "$.content[0].id").toString();
		Document sent = Html.of(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
			.with(org.practiceexchange.Csrf.csrf())
			.param("name", "Nia Newcomer")
			.param("email", "newcomer@example.org")
			.param("organisationId", organisation)
			.param("secondOrganisationId", "")
			.param("password", "a sound new password")
			.param("confirmPassword", "a sound new password")).andExpect(status().isOk()).andReturn());
		assertThat(sent.select("main a[href=/demo/mail]")).hasSize(1);

		String message = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
			Document list = Html.of(mvc.perform(get("/demo/mail")).andExpect(status().isOk()).andReturn());
			return list.select("main tbody tr").stream()
				.filter(row -> row.text().contains("newcomer@example.org"))
				.map(row -> row.select("a").attr("href"))
				.findFirst().orElse(null);
		}, java.util.Objects::nonNull);

		Document mail = Html.of(mvc.perform(get(message)).andExpect(status().isOk()).andReturn());
		String link = mail.select("main a[href*=/register/verify]").attr("href");
		assertThat(link).contains("token=");
		Document verified = Html.of(mvc.perform(get(java.net.URI.create(link).getPath() + "?" + java.net.URI.create(link).getQuery()))
			.andExpect(status().isOk()).andReturn());
		assertThat(verified.select("h1").text()).isEqualTo("Your e-mail address is confirmed");
		mvc.perform(get("/demo/mail/99999")).andExpect(status().isNotFound());
	}
}

package org.practiceexchange.organisation;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public directory of organisations, and how a programme manager keeps it. */
@IntegrationTest
class OrganisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	Organisations organisations;

	@Test
	void anyoneCanListOrganisationsThroughTheApi() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();

		mvc.perform(get("/api/organisations").param("q", college.name()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content").isArray())
			.andExpect(jsonPath("$.content[0].id").value(college.id()))
			.andExpect(jsonPath("$.content[0].name").value(college.name()))
			.andExpect(jsonPath("$.content[0].type").value("FE_COLLEGE"))
			.andExpect(jsonPath("$.content[0].region").value("WEST_MIDLANDS"))
			.andExpect(jsonPath("$.totalElements").value(1));
		// A page is capped at 200, however many organisations the shared test database holds by now.
		String page = mvc.perform(get("/api/organisations").param("size", "1000"))
			.andExpect(jsonPath("$.size").value(200))
			.andReturn().getResponse().getContentAsString();
		int total = com.jayway.jsonpath.JsonPath.read(page, "$.totalElements");
		int listed = com.jayway.jsonpath.JsonPath.read(page, "$.content.length()");
		org.assertj.core.api.Assertions.assertThat(total).isPositive();
		org.assertj.core.api.Assertions.assertThat(listed).isEqualTo(Math.min(total, 200));
	}

	@Test
	void anyoneCanReadOneOrganisationAndAMissingOneIsAProblemNotFound() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();

		mvc.perform(get("/api/organisations/{id}", college.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(college.name()));
		mvc.perform(get("/api/organisations/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Organisation " + Long.MAX_VALUE + " was not found"));
	}

	@Test
	void managerAddsAnOrganisationThatThenAppearsInTheList() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		String name = AccountFixtures.uniqueName("Lakeside Training");

		mvc.perform(post("/manage/organisations/new").session(manager).with(csrf())
				.param("name", "  " + name + "  ")
				.param("type", "INDEPENDENT_TRAINING_PROVIDER")
				.param("region", "LONDON"))
			.andExpect(redirectedUrl("/manage/organisations"));

		Document list = Html.of(mvc.perform(get("/manage/organisations").session(manager).param("q", name)).andReturn());
		assertThat(list.select("#results tbody tr").eachText()).singleElement()
			.isEqualTo(name + " Independent training provider London");
	}

	@Test
	void managerRenamesAnOrganisation() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary college = fixtures.anOrganisation();
		String renamed = AccountFixtures.uniqueName("Renamed College");

		mvc.perform(post("/manage/organisations/{id}", college.id()).session(manager).with(csrf())
				.param("name", renamed)
				.param("type", "SIXTH_FORM_COLLEGE")
				.param("region", "NORTH_EAST"))
			.andExpect(redirectedUrl("/manage/organisations"));

		assertThat(organisations.find(college.id())).hasValue(new OrganisationSummary(college.id(), renamed,
				OrganisationType.SIXTH_FORM_COLLEGE, Region.NORTH_EAST));
	}

	@Test
	void blankOrganisationFormNamesEveryMissingField() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		FormPage.of(mvc.perform(post("/manage/organisations/new").session(manager).with(csrf())
				.param("name", " ")
				.param("type", "")
				.param("region", "")).andReturn())
			.showsError("name", "Enter the organisation's name")
			.showsError("type", "Choose the type of organisation")
			.showsError("region", "Choose the region");
	}

	@Test
	void organisationNamesAreUniqueWhateverTheirCase() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary existing = fixtures.anOrganisation();

		FormPage.of(mvc.perform(post("/manage/organisations/new").session(manager).with(csrf())
				.param("name", existing.name().toUpperCase())
				.param("type", "UNIVERSITY")
				.param("region", "WALES")).andReturn())
			.showsError("name", "An organisation with this name already exists")
			.keeps("name", existing.name().toUpperCase())
			.keeps("type", "UNIVERSITY")
			.keeps("region", "WALES");
	}

	@Test
	void renamingAnOrganisationToAnotherOnesNameIsRefused() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary first = fixtures.anOrganisation();
		OrganisationSummary second = fixtures.anOrganisation();

		FormPage.of(mvc.perform(post("/manage/organisations/{id}", second.id()).session(manager).with(csrf())
				.param("name", first.name())
				.param("type", "FE_COLLEGE")
				.param("region", "WEST_MIDLANDS")).andReturn())
			.showsError("name", "An organisation with this name already exists")
			.keeps("name", first.name());
		assertThat(organisations.find(second.id()).orElseThrow().name()).isEqualTo(second.name());
	}

	@Test
	void missingOrganisationIsTheNotFoundPage() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		Document page = Html.of(mvc.perform(get("/manage/organisations/{id}", Long.MAX_VALUE).session(manager))
			.andExpect(status().isNotFound())
			.andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
	}
}

package org.practiceexchange.resource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full-text search with facets, filters, sorting and paging, as pages and as the API promises. */
@IntegrationTest
class OutputSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Test
	void apiAnswersTotalContentAndFacetsWithCounts() throws Exception {
		String word = "zq" + AccountFixtures.unique("w").replace("-", "");
		SignedInPerson practitioner = fixtures.practitioner();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		Long esol = programmes.themeId("ESOL");
		Long send = programmes.themeId("SEND");
		fixtures.published(practitioner, fixtures.proposal("Screening " + word, OutputType.SCREENING_TOOL,
				Licence.CC_BY_4_0, programme.id(), 2019, List.of(esol, send), null), "text");
		fixtures.published(practitioner, fixtures.proposal("Guide " + word, OutputType.DELIVERY_GUIDE,
				Licence.CC_BY_SA_4_0, programme.id(), 2018, List.of(send), null), "text");
		fixtures.proposedBy(practitioner, fixtures.proposal("Unpublished " + word, OutputType.DELIVERY_GUIDE,
				Licence.CC_BY_SA_4_0, programme.id(), 2018, List.of(send), null), "text");

		mvc.perform(get("/api/resources").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[*].title", not(hasItem("Unpublished " + word))))
			.andExpect(jsonPath("$.facets.theme.SEND").value(2))
			.andExpect(jsonPath("$.facets.theme.ESOL").value(1))
			.andExpect(jsonPath("$.facets.type.SCREENING_TOOL").value(1))
			.andExpect(jsonPath("$.facets.type.DELIVERY_GUIDE").value(1))
			.andExpect(jsonPath("$.facets.year.2019").value(1))
			.andExpect(jsonPath("$.facets.licence.CC_BY_SA_4_0").value(1))
			.andExpect(jsonPath("$.facets.region.LONDON").value(2))
			.andExpect(jsonPath("$.facets.programme['" + programme.name() + "']").value(2));

		mvc.perform(get("/api/resources").param("q", word).param("theme", "ESOL").param("type", "SCREENING_TOOL"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.content[0].title").value("Screening " + word))
			.andExpect(jsonPath("$.content[0].themes", hasItem("ESOL")));
		mvc.perform(get("/api/resources").param("q", word).param("type", "DELIVERY_GUIDE").param("type", "SCREENING_TOOL"))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/resources").param("q", word).param("sort", "title").param("size", "1").param("page", "1"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content[0].title").value("Screening " + word));
		mvc.perform(get("/api/resources").param("type", "NOT_A_TYPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void searchFindsWordsInsideTheFilesAndStemsThem() throws Exception {
		String word = "xk" + AccountFixtures.unique("w").replace("-", "").toLowerCase();
		fixtures.published(fixtures.practitioner(), fixtures.proposal(AccountFixtures.unique("Maths tool"),
				OutputType.SELF_ASSESSMENT_TOOL, Licence.CC_BY_4_0, null, 2019, List.of(programmes.themeId("Maths")), null),
				"Learners practise " + word + " and fractions with visual prompts");
		mvc.perform(get("/api/resources").param("q", word)).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/resources").param("q", word + " fraction")).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void browsePageKeepsFiltersInTheAddressAndServesTheHtmxFragment() throws Exception {
		String word = "qv" + AccountFixtures.unique("w").replace("-", "");
		fixtures.published(fixtures.practitioner(), fixtures.proposal("Framework " + word, OutputType.FRAMEWORK,
				Licence.CC_BY_NC_4_0, null, 2018, List.of(programmes.themeId("Digital skills")), null), "text");
		mvc.perform(get("/outputs").param("q", word).param("theme", "Digital skills"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Framework " + word)))
			.andExpect(content().string(containsString("1 found")))
			.andExpect(content().string(containsString("Digital skills (1)")))
			.andExpect(content().string(containsString("value=\"Digital skills\" checked")));
		mvc.perform(get("/outputs").param("q", word).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("Framework " + word)));
		mvc.perform(get("/outputs").param("q", word).param("type", "REPORT"))
			.andExpect(content().string(containsString("0 found")));
	}
}

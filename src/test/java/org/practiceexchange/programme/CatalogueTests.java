package org.practiceexchange.programme;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class CatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeFixtures fixtures;

	@Autowired
	ProgrammeService programmes;

	@Test
	void visitorFiltersCatalogueByModelStatusAndTheme() throws Exception {
		Long maths = fixtures.themeId("Maths");
		Long esol = fixtures.themeId("ESOL");
		ProgrammeSummary mathsSets = fixtures.aProgramme(ProgrammeModel.ACTION_LEARNING_SET, List.of(maths));
		ProgrammeSummary esolExchange = fixtures.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of(esol));
		programmes.act(esolExchange.id(), ProgrammeService.Action.CLOSE);

		mvc.perform(get("/programmes").param("model", "ACTION_LEARNING_SET").param("theme", maths.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mathsSets.name())))
			.andExpect(content().string(not(containsString(esolExchange.name()))));
		mvc.perform(get("/programmes").param("status", "CLOSED").param("q", esolExchange.name()))
			.andExpect(content().string(containsString(esolExchange.name())))
			.andExpect(content().string(containsString("1 found")));
		mvc.perform(get("/programmes").param("status", "OPEN").param("q", esolExchange.name()))
			.andExpect(content().string(containsString("0 found")));
	}

	@Test
	void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
		ProgrammeSummary programme = fixtures.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		mvc.perform(get("/programmes").param("q", programme.name()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(programme.name())))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"results\"")));
		mvc.perform(get("/programmes").param("q", programme.name()))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void programmePageShowsCohortsDatesThemesAndHowToTakePart() throws Exception {
		ProgrammeSummary programme = fixtures.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of(fixtures.themeId("SEND")));
		CohortSummary cohort = fixtures.anOpenCohort(programme.id(), 12);
		mvc.perform(get("/programmes/{id}", programme.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cohort.name())))
			.andExpect(content().string(containsString("11 January 2027")))
			.andExpect(content().string(containsString("12 places")))
			.andExpect(content().string(containsString("SEND")))
			.andExpect(content().string(containsString("How to take part")))
			.andExpect(content().string(containsString("Sign in or register as a practitioner to apply")));
	}

	@Test
	void unknownProgrammeIsTheNotFoundPage() throws Exception {
		mvc.perform(get("/programmes/{id}", 987654321L))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		mvc.perform(get("/programmes/not-a-number")).andExpect(status().isNotFound());
	}

	@Test
	void apiListsProgrammesAsAPageWithContent() throws Exception {
		ProgrammeSummary programme = fixtures.aProgramme(ProgrammeModel.RESOURCE_PROJECT, List.of(fixtures.themeId("T Levels")));
		fixtures.aCohort(programme.id(), null);
		mvc.perform(get("/api/programmes").param("q", programme.name()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(programme.id()))
			.andExpect(jsonPath("$.content[0].model").value("RESOURCE_PROJECT"))
			.andExpect(jsonPath("$.content[0].themes[*].name", hasItem("T Levels")));
		mvc.perform(get("/api/programmes/{id}", programme.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(programme.name()))
			.andExpect(jsonPath("$.cohorts.length()").value(1));
	}

	@Test
	void apiAnswersProblemDetailsForUnknownProgrammeAndBadFilter() throws Exception {
		mvc.perform(get("/api/programmes/{id}", 987654321L))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("987654321")));
		mvc.perform(get("/api/programmes").param("model", "NOT_A_MODEL"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}

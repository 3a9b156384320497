package org.practiceexchange.synthesis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures against a world whose answers were worked out by hand ({@link SynthesisFixtures#aWorld()}):
 *
 * <pre>
 * project one (first cohort, theme): lead A (London), partner B (North West); members p1 (A), p2 (B)
 *   i1 p1 complete: NUMBER 4→7 (+3), COUNT lower 10→6 (+4), PERCENTAGE 50→45 (−5)
 *   i2 p2 complete: NUMBER 10→9 (−1), NUMBER lower 8→5 (+3), RATING 3→5 (+2)
 *   release p1 6 committed, 1.5 + 2 used; p2 5 committed, 0.5 used
 *   outputs O1 published (shared to 20 and 15), O2 only proposed
 * project two (second cohort): lead C (London), partner A; members p3 (C), p1 (A)
 *   i3 p3 not complete: NUMBER 2→2.5 (+0.5), COUNT lower 5→7 (−2), PERCENTAGE 30→(none)
 *   i4 p1 complete: NUMBER 1→5 (+4), NUMBER 6→8 (+2)
 *   release p3 4 committed, 1 used; output O3 published (shared to 7)
 * project three (another programme, theme): lead D (Wales); member p4 (D)
 *   i5 p4 complete: NUMBER 0→1 (+1); release 7 committed, 3 used; O4 published (shared to 100)
 * </pre>
 *
 * Programme NUMBER changes sorted: −1, 0.5, 2, 3, 3, 4 → quartile positions (n − 1)·p = 1.25, 2.5,
 * 3.75 → 0.875, 2.5, 3.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthesisFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SynthesisFixtures fixtures;

	SynthesisFixtures.World world;

	@BeforeAll
	void aWorldWithKnownAnswers() {
		world = fixtures.aWorld();
	}

	@Test
	void programmeFiguresCountEveryProjectOfItsCohortsOnce() throws Exception {
		mvc.perform(get("/api/synthesis").param("programme", world.programme().id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.name").value(world.programme().name()))
			.andExpect(jsonPath("$.projects").value(2))
			.andExpect(jsonPath("$.practitioners").value(3))
			.andExpect(jsonPath("$.organisations").value(3))
			.andExpect(jsonPath("$.regions").value(2))
			.andExpect(jsonPath("$.regionNames", contains("North West", "London")))
			.andExpect(jsonPath("$.inquiries").value(4))
			.andExpect(jsonPath("$.inquiriesCompleted").value(3))
			.andExpect(jsonPath("$.releaseDays.committed").value(15))
			.andExpect(jsonPath("$.releaseDays.used").value(5))
			.andExpect(jsonPath("$.outputs.published").value(2))
			.andExpect(jsonPath("$.outputs.reach").value(42))
			.andExpect(jsonPath("$.outputs.timesShared").value(3));
	}

	@Test
	void programmeMeasuresGiveImprovedMedianAndSpreadInTheBetterDirection() throws Exception {
		mvc.perform(get("/api/synthesis").param("programme", world.programme().id().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures.NUMBER.improved").value(5))
			.andExpect(jsonPath("$.measures.NUMBER.total").value(6))
			.andExpect(jsonPath("$.measures.NUMBER.medianChange").value(2.5))
			.andExpect(jsonPath("$.measures.NUMBER.spread.lowest").value(-1))
			.andExpect(jsonPath("$.measures.NUMBER.spread.lowerQuartile").value(0.875))
			.andExpect(jsonPath("$.measures.NUMBER.spread.median").value(2.5))
			.andExpect(jsonPath("$.measures.NUMBER.spread.upperQuartile").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.spread.highest").value(4))
			.andExpect(jsonPath("$.measures.COUNT.improved").value(1))
			.andExpect(jsonPath("$.measures.COUNT.total").value(2))
			.andExpect(jsonPath("$.measures.COUNT.medianChange").value(1))
			.andExpect(jsonPath("$.measures.COUNT.spread.lowest").value(-2))
			.andExpect(jsonPath("$.measures.COUNT.spread.lowerQuartile").value(-0.5))
			.andExpect(jsonPath("$.measures.COUNT.spread.upperQuartile").value(2.5))
			.andExpect(jsonPath("$.measures.COUNT.spread.highest").value(4))
			.andExpect(jsonPath("$.measures.PERCENTAGE.improved").value(0))
			.andExpect(jsonPath("$.measures.PERCENTAGE.total").value(1))
			.andExpect(jsonPath("$.measures.PERCENTAGE.medianChange").value(-5))
			.andExpect(jsonPath("$.measures.RATING_SCALE.improved").value(1))
			.andExpect(jsonPath("$.measures.RATING_SCALE.total").value(1))
			.andExpect(jsonPath("$.measures.RATING_SCALE.medianChange").value(2))
			.andExpect(jsonPath("$.measures.RATING_SCALE.spread.lowest").value(2))
			.andExpect(jsonPath("$.measures.RATING_SCALE.spread.highest").value(2));
	}

	@Test
	void themeFiguresReachProjectsOutsideTheProgramme() throws Exception {
		mvc.perform(get("/api/synthesis").param("theme", world.theme().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("THEME"))
			.andExpect(jsonPath("$.projects").value(2))
			.andExpect(jsonPath("$.practitioners").value(3))
			.andExpect(jsonPath("$.organisations").value(3))
			.andExpect(jsonPath("$.regionNames", contains("North West", "London", "Wales")))
			.andExpect(jsonPath("$.inquiries").value(3))
			.andExpect(jsonPath("$.inquiriesCompleted").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.improved").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.total").value(4))
			.andExpect(jsonPath("$.measures.NUMBER.spread.lowest").value(-1))
			.andExpect(jsonPath("$.measures.NUMBER.spread.lowerQuartile").value(0.5))
			.andExpect(jsonPath("$.measures.NUMBER.medianChange").value(2))
			.andExpect(jsonPath("$.measures.NUMBER.spread.upperQuartile").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.spread.highest").value(3))
			.andExpect(jsonPath("$.measures.COUNT.total").value(1))
			.andExpect(jsonPath("$.releaseDays.committed").value(18))
			.andExpect(jsonPath("$.releaseDays.used").value(7))
			.andExpect(jsonPath("$.outputs.published").value(2))
			.andExpect(jsonPath("$.outputs.reach").value(135))
			.andExpect(jsonPath("$.outputs.timesShared").value(3));
	}

	@Test
	void cohortFiguresCoverOnlyThatCohortsProjects() throws Exception {
		mvc.perform(get("/api/synthesis").param("cohort", world.firstCohort().id().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("COHORT"))
			.andExpect(jsonPath("$.projects").value(1))
			.andExpect(jsonPath("$.practitioners").value(2))
			.andExpect(jsonPath("$.organisations").value(2))
			.andExpect(jsonPath("$.inquiries").value(2))
			.andExpect(jsonPath("$.inquiriesCompleted").value(2))
			.andExpect(jsonPath("$.measures.NUMBER.improved").value(2))
			.andExpect(jsonPath("$.measures.NUMBER.total").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.spread.lowerQuartile").value(1))
			.andExpect(jsonPath("$.measures.NUMBER.medianChange").value(3))
			.andExpect(jsonPath("$.measures.NUMBER.spread.upperQuartile").value(3))
			.andExpect(jsonPath("$.releaseDays.committed").value(11))
			.andExpect(jsonPath("$.releaseDays.used").value(4))
			.andExpect(jsonPath("$.outputs.published").value(1))
			.andExpect(jsonPath("$.outputs.reach").value(35))
			.andExpect(jsonPath("$.outputs.timesShared").value(2));
	}

	@Test
	void aProgrammeWithNoProjectsHasEveryKindAtNoughtAndNoSpread() throws Exception {
		mvc.perform(get("/api/synthesis").param("programme", world.secondCohort().programmeId().toString()))
			.andExpect(status().isOk());
		Long empty = fixtures.anEmptyProgramme();
		mvc.perform(get("/api/synthesis").param("programme", empty.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projects").value(0))
			.andExpect(jsonPath("$.measures.NUMBER.total").value(0))
			.andExpect(jsonPath("$.measures.NUMBER.medianChange").doesNotExist())
			.andExpect(jsonPath("$.measures.NUMBER.spread").doesNotExist())
			.andExpect(jsonPath("$.releaseDays.committed").value(0))
			.andExpect(jsonPath("$.outputs.reach").value(0));
	}

	@Test
	void askingForNothingIsABadRequestAsProblemJson() throws Exception {
		mvc.perform(get("/api/synthesis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/synthesis").param("programme", "1").param("theme", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnknownProgrammeThemeOrCohortIsNotFoundAsProblemJson() throws Exception {
		for (String parameter : new String[] { "programme", "theme", "cohort" }) {
			mvc.perform(get("/api/synthesis").param(parameter, "987654321"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}
}

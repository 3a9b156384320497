package org.practiceexchange.synthesis;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The subject access export holds the quotes asked of a person's inquiries, with their consent. */
@IntegrationTest
class SynthesisPersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SynthesisFixtures fixtures;

	@Autowired
	QuoteService quotes;

	@Test
	void thePractitionerSeesTheQuoteAndTheirConsentTheColleagueDoesNot() throws Exception {
		SynthesisFixtures.Quoted quoted = fixtures.aQuotedSynthesis();
		SynthesisFixtures.Quoted other = fixtures.aQuotedSynthesis();

		mvc.perform(get("/api/me/export").with(user(quoted.practitioner())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.synthesisQuotes[*].id", contains(quoted.quote().intValue())))
			.andExpect(jsonPath("$.synthesisQuotes[0].consent").value("REQUESTED"))
			.andExpect(jsonPath("$.synthesisQuotes[0].quotedText").value(SynthesisFixtures.LESSONS.content()));

		quotes.decide(quoted.practitioner(), quoted.quote(), true);
		mvc.perform(get("/api/me/export").with(user(quoted.practitioner())))
			.andExpect(jsonPath("$.synthesisQuotes[0].consent").value("GIVEN"))
			.andExpect(jsonPath("$.synthesisQuotes[0].decidedAt").isNotEmpty());
		mvc.perform(get("/api/me/export").with(user(quoted.colleague())))
			.andExpect(jsonPath("$.synthesisQuotes", empty()));
		mvc.perform(get("/api/me/export").with(user(other.practitioner())))
			.andExpect(jsonPath("$.synthesisQuotes[*].id", contains(other.quote().intValue())));
	}
}

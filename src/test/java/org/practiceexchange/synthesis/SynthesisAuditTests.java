package org.practiceexchange.synthesis;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Publishing and withdrawing a synthesis each leave a row in the audit trail, with the manager who did it. */
@IntegrationTest
class SynthesisAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SynthesisFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publicationAndWithdrawalAreAudited() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		mvc.perform(post("/manage/syntheses/{id}/publish", q.synthesis()).with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/syntheses/{id}/withdraw", q.synthesis()).with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForList("select action from audit_event where record_type = 'Synthesis' and record_id = ? "
				+ "and actor_id = ? order by id", String.class, q.synthesis(), q.manager().id()))
			.containsExactly("SYNTHESIS_PUBLISHED", "SYNTHESIS_WITHDRAWN");
	}
}

package org.practiceexchange.account;

import org.junit.jupiter.api.Test;
import org.practiceexchange.AuditRows;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Deactivating a person is audited with who, before and after; a refused deactivation writes no row. */
@IntegrationTest
class DeactivationAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AuditRows audit;

	@Test
	void deactivationIsAuditedAndDeactivatingYourselfWritesNoRow() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();
		MockHttpSession session = SignIn.as(mvc, manager);
		TestPerson person = fixtures.aPractitioner();

		mvc.perform(post("/manage/people/{id}/deactivate", person.id()).session(session).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + person.id()));
		mvc.perform(post("/manage/people/{id}/deactivate", manager.id()).session(session).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + manager.id()));

		assertThat(audit.of("Person", person.id())).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("PERSON_DEACTIVATED");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=ACTIVE");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=DEACTIVATED");
		});
		assertThat(audit.of("Person", manager.id())).extracting(row -> row.get("ACTION"))
			.doesNotContain("PERSON_DEACTIVATED");
	}
}

package org.practiceexchange.account;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A manager's change to someone's access takes effect on their open sessions, not at next sign-in. */
@IntegrationTest
class SessionEndingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void deactivatingSomeoneEndsTheSessionTheyAreSignedInWith() throws Exception {
		TestPerson practitioner = fixtures.aPractitioner();
		MockHttpSession theirs = SignIn.as(mvc, practitioner);
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		mvc.perform(get("/account").session(theirs)).andExpect(status().isOk());

		mvc.perform(post("/manage/people/{id}/deactivate", practitioner.id()).session(manager).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/account").session(theirs)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/account").session(manager)).andExpect(status().isOk());
	}

	@Test
	void changingSomeonesRolesEndsTheirSessionButRenamingThemDoesNot() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();
		TestPerson person = fixtures.aPerson().withRoles(Role.PRACTITIONER).at(college).create();
		MockHttpSession theirs = SignIn.as(mvc, person);
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		mvc.perform(post("/manage/people/{id}", person.id()).session(manager).with(csrf())
			.param("name", "A new name").param("email", person.email()).param("roles", "PRACTITIONER")
			.param("organisationIds", college.id().toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/account").session(theirs)).andExpect(status().isOk());

		mvc.perform(post("/manage/people/{id}", person.id()).session(manager).with(csrf())
			.param("name", "A new name").param("email", person.email()).param("roles", "PRACTITIONER", "MENTOR")
			.param("organisationIds", college.id().toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/account").session(theirs)).andExpect(redirectedUrl("/login?ended"));
	}
}

package org.practiceexchange.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void meWithoutSigningInIsAProblemAskingForCredentials() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Practice Exchange\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	@Test
	void meDescribesTheCallerWithRolesOrganisationsAndProjects() throws Exception {
		OrganisationSummary first = fixtures.anOrganisation();
		OrganisationSummary second = fixtures.anOrganisation();
		TestPerson person = fixtures.aPerson().withRoles(Role.MENTOR, Role.REVIEWER).at(first, second).create();

		mvc.perform(get("/api/me").with(httpBasic(person.email(), person.password())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(person.id()))
			.andExpect(jsonPath("$.email").value(person.email()))
			.andExpect(jsonPath("$.name").value(person.name()))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("MENTOR", "REVIEWER")))
			.andExpect(jsonPath("$.organisations[*].name", containsInAnyOrder(first.name(), second.name())))
			.andExpect(jsonPath("$.projects").isArray())
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.password").doesNotExist());
	}

	@Test
	void meWorksWithTheSignedInSessionToo() throws Exception {
		TestPerson person = fixtures.aPractitioner();

		mvc.perform(get("/api/me").session(SignIn.as(mvc, person)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(person.email()));
	}

	@Test
	void peopleWithoutSigningInIsUnauthorised() throws Exception {
		mvc.perform(get("/api/people"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "PROGRAMME_MANAGER", mode = EnumSource.Mode.EXCLUDE)
	void peopleIsForbiddenToEveryoneButProgrammeManagers(Role role) throws Exception {
		TestPerson person = fixtures.a(role);

		mvc.perform(get("/api/people").with(httpBasic(person.email(), person.password())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("You do not have permission to do this."));
	}

	@Test
	void programmeManagerPagesThroughPeopleAndFiltersThem() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();
		TestPerson validator = fixtures.a(Role.VALIDATOR);
		TestPerson gone = fixtures.aPerson().withRoles(Role.VALIDATOR).deactivated().create();

		mvc.perform(get("/api/people").param("q", validator.email()).with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isArray())
			.andExpect(jsonPath("$.content[0].email").value(validator.email()))
			.andExpect(jsonPath("$.content[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.content[0].roles[0]").value("VALIDATOR"))
			.andExpect(jsonPath("$.content[0].organisationIds[0]").value(validator.organisationIds().get(0)))
			.andExpect(jsonPath("$.content[0].passwordHash").doesNotExist())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.page").value(0));
		mvc.perform(get("/api/people").param("role", "VALIDATOR").param("status", "DEACTIVATED").param("size", "200")
				.with(httpBasic(manager.email(), manager.password())))
			.andExpect(jsonPath("$.content[*].email", hasItem(gone.email())))
			.andExpect(jsonPath("$.content[*].email", not(hasItem(validator.email()))));
	}

	@Test
	void peopleRefusesAFilterItDoesNotKnowAsABadRequestProblem() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();

		mvc.perform(get("/api/people").param("role", "OVERLORD").with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}

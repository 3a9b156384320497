package org.practiceexchange.project;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures fixtures;

	@Test
	void meListsTheProjectsTheCallerBelongsTo() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.facilitator(), group.mentor() }) {
			mvc.perform(get("/api/me").with(user(person)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.projects[*].id", hasItem(group.project().id().intValue())))
				.andExpect(jsonPath("$.projects[*].title", hasItem(group.project().title())));
		}
		mvc.perform(get("/api/me").with(user(group.outsider())))
			.andExpect(jsonPath("$.projects[*].id", not(hasItem(group.project().id().intValue()))));
	}

	@Test
	void projectApiAnswersItsPeopleWithTheirRoleAndOthersNotFound() throws Exception {
		ProjectFixtures.Group group = fixtures.aGroup();
		String path = "/api/projects/" + group.project().id();
		mvc.perform(get(path).with(user(group.member()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("MEMBER")).andExpect(jsonPath("$.members.length()").value(2));
		mvc.perform(get(path).with(user(group.lead()))).andExpect(jsonPath("$.role").value("LEAD"));
		mvc.perform(get(path).with(user(group.mentor()))).andExpect(jsonPath("$.role").value("SUPPORTER"));
		mvc.perform(get(path).with(user(group.manager()))).andExpect(jsonPath("$.role").value("MANAGER"));
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(path + "/sessions").with(user(person))).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().isUnauthorized());
		mvc.perform(get(path + "/sessions").with(user(group.member()))).andExpect(status().isOk());
		mvc.perform(get("/api/projects").with(user(group.lead())))
			.andExpect(jsonPath("$[*].id", hasItem(group.project().id().intValue())));
		mvc.perform(get("/api/projects").with(user(group.reviewer())))
			.andExpect(jsonPath("$[*].id", not(hasItem(group.project().id().intValue()))));
	}
}

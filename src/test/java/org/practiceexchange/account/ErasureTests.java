package org.practiceexchange.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A programme manager erases someone at their request: the account is anonymised, the work kept. */
@IntegrationTest
class ErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void erasureByApiAnonymisesTheAccountEndsItsSessionsAndStopsSignIn() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession theirs = SignIn.as(mvc, person);
		TestPerson manager = fixtures.aProgrammeManager();

		mvc.perform(post("/api/people/{id}/erasure", person.id()).with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(person.id()))
			.andExpect(jsonPath("$.name").value("Former participant " + person.id()))
			.andExpect(jsonPath("$.status").value("ERASED"))
			.andExpect(jsonPath("$.email").value("erased-" + person.id() + "@erased.invalid"));

		mvc.perform(get("/account").session(theirs)).andExpect(redirectedUrl("/login?ended"));
		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		mvc.perform(get("/api/people/{id}", person.id()).with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Former participant " + person.id()))
			.andExpect(jsonPath("$.email").value("erased-" + person.id() + "@erased.invalid"));
		mvc.perform(get("/api/people").param("q", person.email()).with(httpBasic(manager.email(), manager.password())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void onlyProgrammeManagersMayEraseAndAnUnknownPersonIsNotFound() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		TestPerson mentor = fixtures.a(Role.MENTOR);
		TestPerson manager = fixtures.aProgrammeManager();

		mvc.perform(post("/api/people/{id}/erasure", person.id()).with(httpBasic(mentor.email(), mentor.password())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/people/{id}/erasure", person.id()).with(httpBasic(person.email(), person.password())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/people/{id}/erasure", Long.MAX_VALUE).with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(fixtures.current(person).status()).isEqualTo(PersonStatus.ACTIVE);
		SignIn.as(mvc, person);
	}

	@Test
	void managerErasesFromThePersonPageAfterAConfirmationPage() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		Document page = Html.of(mvc.perform(get("/manage/people/{id}", person.id()).session(manager)).andReturn());
		assertThat(page.select("a[href=/manage/people/" + person.id() + "/erasure]")).hasSize(1);
		Document confirm = Html.of(mvc.perform(get("/manage/people/{id}/erasure", person.id()).session(manager))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(confirm.select("h1").text()).isEqualTo("Erase " + person.name());
		assertThat(confirm.text()).contains("Former participant " + person.id());
		assertThat(confirm.select("form[action=/manage/people/" + person.id() + "/erasure] button")).hasSize(1);

		mvc.perform(post("/manage/people/{id}/erasure", person.id()).session(manager).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + person.id()));

		Document after = Html.of(mvc.perform(get("/manage/people/{id}", person.id()).session(manager)).andReturn());
		assertThat(after.select(".govuk-tag").text()).isEqualTo("Erased");
		assertThat(after.select("input[name=name]").val()).isEqualTo("Former participant " + person.id());
		assertThat(after.select("a[href=/manage/people/" + person.id() + "/erasure]")).isEmpty();
		assertThat(fixtures.current(person).name()).isEqualTo("Former participant " + person.id());
	}

	@Test
	void aManagerCannotEraseTheirOwnAccount() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();

		mvc.perform(post("/api/people/{id}/erasure", manager.id()).with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(fixtures.current(manager).status()).isEqualTo(PersonStatus.ACTIVE);
	}
}

package org.practiceexchange.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Five wrong passwords in a row lock an account for a while, whichever way they came in. */
@IntegrationTest
class LockOutTests {

	static final int ALLOWED_FAILURES = 5;

	static final String LOCKED_MESSAGE = "Too many failed attempts. This account is locked for a while";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	Mailbox mailbox;

	@Test
	void fiveWrongPasswordsOnTheSignInFormLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		TestPerson person = fixtures.aPractitioner();

		for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
			assertThat(SignIn.attempt(mvc, person.email(), "wrong password " + attempt).getResponse().getRedirectedUrl())
				.as("attempt %d", attempt)
				.isEqualTo("/login?error");
		}

		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		Document page = Html.of(mvc.perform(get("/login?locked")).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-error-summary").text()).contains(LOCKED_MESSAGE);
	}

	@Test
	void fourWrongPasswordsDoNotLockTheAccountAndASuccessfulSignInStartsTheCountAgain() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		for (int attempt = 1; attempt < ALLOWED_FAILURES; attempt++) {
			SignIn.attempt(mvc, person.email(), "wrong password");
		}
		SignIn.as(mvc, person);

		for (int attempt = 1; attempt < ALLOWED_FAILURES; attempt++) {
			SignIn.attempt(mvc, person.email(), "wrong password");
		}
		SignIn.as(mvc, person);
	}

	@Test
	void fiveWrongPasswordsOverHttpBasicLockTheAccountForTheApiAndTheForm() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		mvc.perform(get("/api/me").with(httpBasic(person.email(), person.password()))).andExpect(status().isOk());

		for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
			mvc.perform(get("/api/me").with(httpBasic(person.email(), "wrong password " + attempt)))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/me").with(httpBasic(person.email(), person.password())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
	}

	@Test
	void choosingANewPasswordByEmailLiftsTheLock() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
			SignIn.attempt(mvc, person.email(), "wrong password");
		}
		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");

		mvc.perform(PasswordResetTests.forgotten(person.email())).andExpect(status().isOk());
		String link = mailbox.awaitMessage(person.email(), "Reset your").link("/password/reset");
		mvc.perform(PasswordResetTests.newPassword(link, "unlocked at last"));

		SignIn.as(mvc, person.email(), "unlocked at last");
	}
}

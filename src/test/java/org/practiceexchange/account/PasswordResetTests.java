package org.practiceexchange.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordResetTests {

	static final String EXPIRED = "This link has expired or has already been used";

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void personWhoForgotTheirPasswordChoosesANewOneByTheEmailedLink() throws Exception {
		TestPerson person = fixtures.aPractitioner();

		Document sent = Html.of(mvc.perform(forgotten(person.email())).andExpect(status().isOk()).andReturn());
		assertThat(sent.select("h1").text()).isEqualTo("Check your e-mail");
		String link = mailbox.awaitMessage(person.email(), "Reset your Practice Exchange password").link("/password/reset");

		Document form = Html.of(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
		assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
		mvc.perform(newPassword(link, "my brand new password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?passwordSet"));

		SignIn.as(mvc, person.email(), "my brand new password");
		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void resetLinkWorksOnlyOnce() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		mvc.perform(forgotten(person.email())).andExpect(status().isOk());
		String link = mailbox.awaitMessage(person.email(), "Reset your").link("/password/reset");
		mvc.perform(newPassword(link, "first new password")).andExpect(redirectedUrl("/login?passwordSet"));

		assertThat(heading(mvc.perform(get(link)).andExpect(status().isOk()).andReturn())).isEqualTo(EXPIRED);
		assertThat(heading(mvc.perform(newPassword(link, "second new password")).andExpect(status().isOk()).andReturn()))
			.isEqualTo(EXPIRED);
		SignIn.as(mvc, person.email(), "first new password");
	}

	@Test
	void expiredResetLinkShowsTheExpiredPageAndChangesNothing() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		String link = fixtures.anExpiredPasswordResetLink(person);

		assertThat(heading(mvc.perform(get(link)).andExpect(status().isOk()).andReturn())).isEqualTo(EXPIRED);
		assertThat(heading(mvc.perform(newPassword(link, "sneaky new password")).andReturn())).isEqualTo(EXPIRED);
		SignIn.as(mvc, person);
	}

	@Test
	void madeUpOrMissingResetTokenShowsTheExpiredPage() throws Exception {
		assertThat(heading(mvc.perform(get("/password/reset?token=garbage")).andExpect(status().isOk()).andReturn()))
			.isEqualTo(EXPIRED);
		assertThat(heading(mvc.perform(get("/password/reset")).andExpect(status().isOk()).andReturn())).isEqualTo(EXPIRED);
		assertThat(heading(mvc.perform(newPassword("/password/reset?token=garbage", "whatever password"))
			.andExpect(status().isOk())
			.andReturn())).isEqualTo(EXPIRED);
	}

	@Test
	void resetRequestForAnUnknownAddressAnswersTheSameAndSendsNothing() throws Exception {
		TestPerson known = fixtures.aPractitioner();
		String unknown = AccountFixtures.uniqueEmail("nobody");

		String forKnown = Html.of(mvc.perform(forgotten(known.email())).andReturn()).select("main").outerHtml();
		String forUnknown = Html.of(mvc.perform(forgotten(unknown)).andExpect(status().isOk()).andReturn())
			.select("main")
			.outerHtml();

		assertThat(forUnknown).isEqualTo(forKnown);
		mailbox.awaitMessage(known.email(), "Reset your");
		assertThat(mailbox.messagesTo(unknown)).isEmpty();
	}

	@Test
	void deactivatedPersonIsNotSentAResetLink() throws Exception {
		TestPerson gone = fixtures.aPerson().deactivated().create();
		TestPerson control = fixtures.aPractitioner();

		mvc.perform(forgotten(gone.email())).andExpect(status().isOk());
		mvc.perform(forgotten(control.email())).andExpect(status().isOk());

		// Mail goes out in order: once the later request's mail is here, the earlier one would be too.
		mailbox.awaitMessage(control.email(), "Reset your");
		assertThat(mailbox.messagesTo(gone.email())).isEmpty();
	}

	private static String heading(MvcResult result) throws Exception {
		return Html.of(result).select("h1").text();
	}

	static MockHttpServletRequestBuilder forgotten(String email) {
		return post("/password/forgot").with(csrf()).param("email", email);
	}

	static MockHttpServletRequestBuilder newPassword(String link, String password) {
		return post(link).with(csrf()).param("password", password).param("confirmPassword", password);
	}
}

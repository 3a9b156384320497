package org.practiceexchange.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.SignIn;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void newPractitionerConfirmsTheirAddressByTheEmailedLinkAndThenSignsIn() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();
		String email = AccountFixtures.uniqueEmail("newcomer");

		Document page = Html.of(mvc.perform(registration("Nia Newcomer", email, college)).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Check your e-mail");

		ReceivedMail mail = mailbox.awaitMessage(email, "Confirm your Practice Exchange account");
		assertThat(mail.body()).contains("Hello Nia Newcomer");
		Document verified = Html.of(mvc.perform(get(mail.link("/register/verify"))).andExpect(status().isOk()).andReturn());
		assertThat(verified.select("h1").text()).isEqualTo("Your e-mail address is confirmed");

		MockHttpSession session = SignIn.as(mvc, email, "a sound new password");
		mvc.perform(get("/api/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.name").value("Nia Newcomer"))
			.andExpect(jsonPath("$.roles[0]").value("PRACTITIONER"))
			.andExpect(jsonPath("$.organisations[0].name").value(college.name()));
	}

	@Test
	void newPractitionerCannotSignInBeforeConfirmingTheirAddress() throws Exception {
		String email = AccountFixtures.uniqueEmail("unconfirmed");
		mvc.perform(registration("Una Confirmed", email, fixtures.anOrganisation())).andExpect(status().isOk());
		mailbox.awaitMessage(email, "Confirm your Practice Exchange account");

		assertThat(SignIn.attempt(mvc, email, "a sound new password").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void confirmationLinkWorksOnlyOnce() throws Exception {
		String email = AccountFixtures.uniqueEmail("twice");
		mvc.perform(registration("Tom Twice", email, fixtures.anOrganisation())).andExpect(status().isOk());
		String link = mailbox.awaitMessage(email, "Confirm").link("/register/verify");

		mvc.perform(get(link)).andExpect(status().isOk());
		Document again = Html.of(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());

		assertThat(again.select("h1").text()).isEqualTo("This link has expired or has already been used");
	}

	@Test
	void madeUpConfirmationLinkConfirmsNothing() throws Exception {
		Document page = Html.of(mvc.perform(get("/register/verify?token=not-a-real-token")).andExpect(status().isOk()).andReturn());

		assertThat(page.select("h1").text()).isEqualTo("This link has expired or has already been used");
	}

	@Test
	void registeringAnAddressThatHasAnAccountSendsANoteAndAnswersExactlyAsForANewAddress() throws Exception {
		TestPerson existing = fixtures.aPractitioner();
		OrganisationSummary college = fixtures.anOrganisation();
		String newEmail = AccountFixtures.uniqueEmail("fresh");

		String forNewAddress = main(mvc.perform(registration("Fay Fresh", newEmail, college)).andReturn().getResponse().getContentAsString());
		String forExistingAddress = main(mvc.perform(registration("Fay Fresh", existing.email().toUpperCase(), college))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(forExistingAddress).isEqualTo(forNewAddress);
		ReceivedMail note = mailbox.awaitMessage(existing.email(), "You already have a Practice Exchange account");
		assertThat(note.body()).contains("/password/forgot");
		assertThat(note.hasLinkTo("/register/verify")).isFalse();
		SignIn.as(mvc, existing);
	}

	private static String main(String html) {
		return Html.of(html).select("main").outerHtml();
	}

	static MockHttpServletRequestBuilder registration(String name, String email, OrganisationSummary organisation) {
		return post("/register").with(csrf())
			.param("name", name)
			.param("email", email)
			.param("organisationId", organisation.id().toString())
			.param("secondOrganisationId", "")
			.param("password", "a sound new password")
			.param("confirmPassword", "a sound new password");
	}
}

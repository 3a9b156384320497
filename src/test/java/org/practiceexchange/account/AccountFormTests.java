package org.practiceexchange.account;

import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Every account form, sent with something wrong, comes back with the input kept and the problem named. */
@IntegrationTest
class AccountFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void blankRegistrationNamesEveryMissingField() throws Exception {
		FormPage.of(mvc.perform(post("/register").with(csrf())
				.param("name", "")
				.param("email", "")
				.param("organisationId", "")
				.param("password", "")
				.param("confirmPassword", "")).andReturn())
			.showsError("name", "Enter your full name")
			.showsError("email", "Enter an e-mail address")
			.showsError("organisationId", "Choose your organisation")
			.showsError("password", "Enter a password")
			.showsError("confirmPassword", "Enter the password again");
	}

	@Test
	void registrationWithABadAddressKeepsWhatWasTyped() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();
		FormPage.of(mvc.perform(register("Bea Bad-Address", "bea-at-example.test", college, "long enough password",
				"long enough password")).andReturn())
			.showsError("email", "Enter an e-mail address in the right format")
			.keeps("name", "Bea Bad-Address")
			.keeps("email", "bea-at-example.test")
			.keeps("organisationId", college.id().toString())
			.hasNoErrorOn("name")
			.hasNoErrorOn("password");
	}

	@Test
	void registrationWithAShortPasswordSaysHowLongItMustBe() throws Exception {
		String email = AccountFixtures.uniqueEmail("short");
		FormPage.of(mvc.perform(register("Sam Short", email, fixtures.anOrganisation(), "short", "short")).andReturn())
			.showsError("password", "Password must be between 10 and 64 characters")
			.keeps("name", "Sam Short")
			.keeps("email", email)
			.keeps("password", "");
	}

	@Test
	void registrationWithDifferentPasswordsSaysTheyDiffer() throws Exception {
		String email = AccountFixtures.uniqueEmail("mismatch");
		FormPage.of(mvc.perform(register("Mo Mismatch", email, fixtures.anOrganisation(), "one long password",
				"another long password")).andReturn())
			.showsError("confirmPassword", "The two passwords are not the same")
			.keeps("name", "Mo Mismatch")
			.keeps("email", email);
	}

	@Test
	void forgottenPasswordFormWantsAnAddressInTheRightFormat() throws Exception {
		FormPage.of(mvc.perform(post("/password/forgot").with(csrf()).param("email", "")).andReturn())
			.showsError("email", "Enter an e-mail address");
		FormPage.of(mvc.perform(post("/password/forgot").with(csrf()).param("email", "not an address")).andReturn())
			.showsError("email", "Enter an e-mail address in the right format")
			.keeps("email", "not an address");
	}

	@Test
	void choosingANewPasswordRefusesShortOrDifferingPasswordsAndKeepsTheLinkUsable() throws Exception {
		TestPerson invited = fixtures.aPerson().invited().create();
		String link = fixtures.anInvitationLink(invited);

		FormPage.of(mvc.perform(post(link).with(csrf()).param("password", "short").param("confirmPassword", "short")).andReturn())
			.showsError("password", "Password must be between 10 and 64 characters");
		FormPage page = FormPage.of(mvc.perform(post(link).with(csrf())
				.param("password", "first long password")
				.param("confirmPassword", "second long password")).andReturn())
			.showsError("confirmPassword", "The two passwords are not the same");
		assertThat(page.page().select("form").attr("action")).isEqualTo(link);

		mvc.perform(post(link).with(csrf()).param("password", "finally the same").param("confirmPassword", "finally the same"));
		SignIn.as(mvc, invited.email(), "finally the same");
	}

	@Test
	void ownDetailsNeedANameAndAnOrganisation() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession session = SignIn.as(mvc, person);

		FormPage.of(mvc.perform(post("/account/profile").session(session).with(csrf()).param("name", "  ")).andReturn())
			.showsError("name", "Enter your full name")
			.showsError("organisationIds", "Choose your organisation");
	}

	@Test
	void changingPasswordNeedsTheCurrentOne() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession session = SignIn.as(mvc, person);

		FormPage.of(mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", "not my password")
				.param("password", "a new long password")
				.param("confirmPassword", "a new long password")).andReturn())
			.showsError("currentPassword", "The current password is not right");
		FormPage.of(mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", person.password())
				.param("password", "a new long password")
				.param("confirmPassword", "a different password")).andReturn())
			.showsError("confirmPassword", "The two passwords are not the same");
		SignIn.as(mvc, person);
	}

	@Test
	void personChangesTheirOwnPasswordAndSignsInWithIt() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession session = SignIn.as(mvc, person);

		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", person.password())
			.param("password", "my own new password")
			.param("confirmPassword", "my own new password"));

		SignIn.as(mvc, person.email(), "my own new password");
	}

	@Test
	void managerAddingSomeoneMustGiveAValidNewAddressAndARole() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary college = fixtures.anOrganisation();

		FormPage.of(mvc.perform(post("/manage/people/new").session(manager).with(csrf())
				.param("name", "")
				.param("email", "nobody@")
				.param("organisationIds", college.id().toString())).andReturn())
			.showsError("name", "Enter your full name")
			.showsError("email", "Enter an e-mail address in the right format")
			.showsError("roles", "Choose at least one role")
			.keeps("email", "nobody@")
			.keeps("organisationIds", college.id().toString());

		TestPerson existing = fixtures.aPractitioner();
		FormPage.of(mvc.perform(post("/manage/people/new").session(manager).with(csrf())
				.param("name", "Dee Duplicate")
				.param("email", existing.email().toUpperCase())
				.param("roles", "MENTOR")
				.param("organisationIds", college.id().toString())).andReturn())
			.showsError("email", "Someone with this e-mail address already has an account")
			.keeps("name", "Dee Duplicate")
			.keeps("roles", "MENTOR");
	}

	@Test
	void managerCannotGiveSomeoneAnAddressThatSomeoneElseHas() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson person = fixtures.aPractitioner();
		TestPerson other = fixtures.aPractitioner();

		FormPage.of(mvc.perform(post("/manage/people/{id}", person.id()).session(manager).with(csrf())
				.param("name", "Renamed Person")
				.param("email", other.email())
				.param("roles", "PRACTITIONER", "MENTOR")).andReturn())
			.showsError("email", "Someone with this e-mail address already has an account")
			.keeps("name", "Renamed Person")
			.keeps("email", other.email())
			.keeps("roles", "PRACTITIONER", "MENTOR");
		assertThat(fixtures.current(person).email()).isEqualTo(person.email());
	}

	static MockHttpServletRequestBuilder register(String name, String email, OrganisationSummary organisation,
			String password, String confirmation) {
		return post("/register").with(csrf())
			.param("name", name)
			.param("email", email)
			.param("organisationId", organisation.id().toString())
			.param("password", password)
			.param("confirmPassword", confirmation);
	}
}

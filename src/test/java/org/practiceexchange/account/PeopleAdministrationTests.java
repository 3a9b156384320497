package org.practiceexchange.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.SignIn;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A programme manager adds people, changes their roles and organisations, and deactivates them. */
@IntegrationTest
class PeopleAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void managerInvitesSomeoneWhoAcceptsByTheEmailedLinkAndSignsInWithTheGivenRoles() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary university = fixtures.anOrganisation();
		String email = AccountFixtures.uniqueEmail("invitee");

		MvcResult added = mvc.perform(post("/manage/people/new").session(manager).with(csrf())
				.param("name", "Ivy Invitee")
				.param("email", email)
				.param("roles", "MENTOR", "REVIEWER")
				.param("organisationIds", university.id().toString()))
			.andExpect(redirectedUrlPattern("/manage/people/*"))
			.andReturn();
		Document personPage = Html.of(mvc.perform(get(added.getResponse().getRedirectedUrl()).session(manager))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(personPage.select(".govuk-notification-banner").text()).contains("Ivy Invitee has been added and sent an invitation.");
		assertThat(personPage.select(".govuk-tag").text()).isEqualTo("Invited");

		String link = mailbox.awaitMessage(email, "You are invited to Practice Exchange").link("/invitation");
		Document accept = Html.of(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
		assertThat(accept.select("h1").text()).isEqualTo("Accept your invitation");
		mvc.perform(post(link).with(csrf()).param("password", "invited and accepted").param("confirmPassword", "invited and accepted"))
			.andExpect(redirectedUrl("/login?passwordSet"));

		MockHttpSession invitee = SignIn.as(mvc, email, "invited and accepted");
		mvc.perform(get("/api/me").session(invitee))
			.andExpect(jsonPath("$.name").value("Ivy Invitee"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("MENTOR", "REVIEWER")))
			.andExpect(jsonPath("$.organisations[0].id").value(university.id()));
		mvc.perform(get(link)).andExpect(status().isOk());
		assertThat(Html.of(mvc.perform(get(link)).andReturn()).select("h1").text())
			.isEqualTo("This link has expired or has already been used");
	}

	@Test
	void invitedPersonCannotSignInBeforeAccepting() throws Exception {
		TestPerson invited = fixtures.aPerson().invited().create();

		assertThat(SignIn.attempt(mvc, invited.email(), "").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(SignIn.attempt(mvc, invited.email(), "anything at all").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void managerResendsAnInvitationThatWasNotYetAccepted() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson invited = fixtures.aPerson().invited().create();

		mvc.perform(post("/manage/people/{id}/invitation", invited.id()).session(manager).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + invited.id()));

		String link = mailbox.awaitMessage(invited.email(), "You are invited").link("/invitation");
		mvc.perform(post(link).with(csrf()).param("password", "accepted the second time").param("confirmPassword", "accepted the second time"))
			.andExpect(redirectedUrl("/login?passwordSet"));
		SignIn.as(mvc, invited.email(), "accepted the second time");
	}

	@Test
	void managerChangesSomeonesRolesAndOrganisationsWhichTakeEffectAtTheirNextSignIn() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		OrganisationSummary first = fixtures.anOrganisation();
		OrganisationSummary second = fixtures.anOrganisation();
		TestPerson person = fixtures.aPerson().withRoles(Role.PRACTITIONER).at(first).create();

		mvc.perform(post("/manage/people/{id}", person.id()).session(manager).with(csrf())
				.param("name", person.name())
				.param("email", person.email())
				.param("roles", "PRACTITIONER", "PROVIDER_LEAD")
				.param("organisationIds", first.id().toString(), second.id().toString()))
			.andExpect(redirectedUrl("/manage/people/" + person.id()));

		Document edit = Html.of(mvc.perform(get("/manage/people/{id}", person.id()).session(manager)).andReturn());
		assertThat(edit.select("input[name=roles][checked]").eachAttr("value")).containsExactlyInAnyOrder("PRACTITIONER", "PROVIDER_LEAD");
		assertThat(edit.select("select[name=organisationIds] option[selected]").eachAttr("value"))
			.containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
		mvc.perform(get("/api/me").session(SignIn.as(mvc, person)))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("PRACTITIONER", "PROVIDER_LEAD")))
			.andExpect(jsonPath("$.organisations[*].id", containsInAnyOrder(first.id().intValue(), second.id().intValue())));
	}

	@Test
	void deactivatedPersonCannotSignInButStaysOnThePeopleList() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson person = fixtures.aPractitioner();

		mvc.perform(post("/manage/people/{id}/deactivate", person.id()).session(manager).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + person.id()));

		assertThat(SignIn.attempt(mvc, person.email(), person.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		Document list = Html.of(mvc.perform(get("/manage/people").param("q", person.email()).session(manager))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list.select("#results tbody tr").eachText()).singleElement()
			.asString()
			.contains(person.name(), person.email(), "Deactivated");
	}

	@Test
	void reactivatedPersonCanSignInAgain() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson person = fixtures.aPerson().deactivated().create();

		mvc.perform(post("/manage/people/{id}/reactivate", person.id()).session(manager).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + person.id()));

		SignIn.as(mvc, person);
	}

	@Test
	void managerCannotDeactivateThemselves() throws Exception {
		TestPerson me = fixtures.aProgrammeManager();
		MockHttpSession session = SignIn.as(mvc, me);

		MvcResult refused = mvc.perform(post("/manage/people/{id}/deactivate", me.id()).session(session).with(csrf()))
			.andExpect(redirectedUrl("/manage/people/" + me.id()))
			.andReturn();

		Document page = Html.of(mvc.perform(get("/manage/people/{id}", me.id()).session(session)
				.flashAttrs(refused.getFlashMap()))
			.andReturn());
		assertThat(page.select(".govuk-error-summary").text()).contains("You cannot deactivate your own account");
		assertThat(fixtures.current(me).status()).isEqualTo(PersonStatus.ACTIVE);
		SignIn.as(mvc, me);
	}

	@Test
	void peopleListFindsSomeoneByPartOfTheirNameAndFiltersByRole() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson validator = fixtures.aPerson().named(AccountFixtures.uniqueName("Valerie Validates")).withRoles(Role.VALIDATOR).create();

		Document asValidator = Html.of(mvc.perform(get("/manage/people").session(manager)
				.param("q", validator.name().substring(3).toUpperCase())
				.param("role", "VALIDATOR"))
			.andReturn());
		Document asMentor = Html.of(mvc.perform(get("/manage/people").session(manager)
				.param("q", validator.name())
				.param("role", "MENTOR"))
			.andReturn());

		assertThat(asValidator.select("#results").text()).contains(validator.name());
		assertThat(asMentor.select("#results").text()).doesNotContain(validator.name()).contains("No one matches these filters.");
	}

	@Test
	void peopleListAnswersAnHtmxSearchWithJustTheResults() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		TestPerson person = fixtures.aPractitioner();

		Document fragment = Html.of(mvc.perform(get("/manage/people").session(manager).param("q", person.email())
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(fragment.select("header, footer, h1")).isEmpty();
		assertThat(fragment.select("#results").text()).contains(person.name());
	}
}

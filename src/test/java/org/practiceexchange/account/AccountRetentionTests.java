package org.practiceexchange.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the account module keeps only for a while goes when its period (the defaults, P30D and P7D) is over. */
@IntegrationTest
class AccountRetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	PersonRepository people;

	@Autowired
	AccountTokenRepository tokens;

	@Autowired
	AccountRetention.UnverifiedRegistrations unverified;

	@Autowired
	AccountRetention.SpentTokens spent;

	@Test
	void aRegistrationNeverConfirmedGoesAfterThirtyDaysAndNotBefore() throws Exception {
		Instant registered = clock.instant();
		String email = register();

		unverified.purge(registered.plus(Duration.ofDays(29)));
		assertThat(people.findByEmail(email)).as("within the period").isPresent();

		assertThat(unverified.purge(registered.plus(Duration.ofDays(31)))).isPositive();
		assertThat(people.findByEmail(email)).as("past the period").isEmpty();
	}

	@Test
	void aVerifiedPersonIsNeverRemovedHoweverOld() {
		TestPerson person = fixtures.aPractitioner();

		unverified.purge(clock.instant().plus(Duration.ofDays(3650)));

		assertThat(people.findById(person.id())).isPresent();
	}

	@Test
	void aSpentLinkGoesAWeekAfterItExpiredAndALiveOneStays() {
		TestPerson person = fixtures.aPractitioner();
		String expired = secretOf(fixtures.anExpiredPasswordResetLink(person));
		String live = secretOf(fixtures.anInvitationLink(fixtures.aPerson().invited().create()));

		spent.purge(clock.instant().plus(Duration.ofDays(5)));
		assertThat(tokens.findByTokenHash(AccountToken.hash(expired))).as("expired, within the week").isPresent();

		clock.advance(Duration.ofHours(1));
		spent.purge(clock.instant().plus(Duration.ofDays(7)));
		assertThat(tokens.findByTokenHash(AccountToken.hash(expired))).as("expired more than a week ago").isEmpty();
		assertThat(tokens.findByTokenHash(AccountToken.hash(live)))
			.as("a link that has not expired stays")
			.isPresent();
	}

	private String register() throws Exception {
		OrganisationSummary organisation = fixtures.anOrganisation();
		String email = AccountFixtures.uniqueEmail("unconfirmed");
		mvc.perform(post("/register").with(csrf())
				.param("name", AccountFixtures.uniqueName("Unconfirmed"))
				.param("email", email)
				.param("organisationId", organisation.id().toString())
				.param("secondOrganisationId", "")
				.param("password", "a sound new password")
				.param("confirmPassword", "a sound new password"))
			.andExpect(status().isOk());
		assertThat(people.findByEmail(email)).as("registered, not yet confirmed").isPresent();
		return email;
	}

	private static String secretOf(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}
}

package org.practiceexchange.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonStatus;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.account.TestPerson;
import org.practiceexchange.consultation.ConsultationResponseFixtures;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily retention job as a whole, run at a moved clock: each rule removes what is past its
 * period (the defaults: P30D, P7D, P90D) and nothing else, and a registration never confirmed is kept
 * while other records point at it.
 */
@IntegrationTest
class RetentionJobTests {

	@Autowired
	RetentionJob job;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	People people;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ConsultationResponseFixtures consultations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachRuleRemovesWhatIsPastItsPeriodAndAnUnconfirmedPersonWithRecordsIsKept() throws Exception {
		Instant start = clock.instant();
		OrganisationSummary college = accounts.anOrganisation();
		String nothingElse = register(college);
		String applied = register(college);
		String responded = register(college);
		PersonSummary applicant = people.findByEmail(applied).orElseThrow();
		programmes.anApplication(signedIn(applicant),
				programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), 10));
		Long consultation = consultations.anOpenConsultation();
		String respondentsDraft = consultations.aDraft(consultation, people.findByEmail(responded).orElseThrow().id());
		String oldDraft = consultations.aDraft(consultation, null);
		TestPerson withAnExpiredLink = accounts.aPractitioner();
		accounts.anExpiredPasswordResetLink(withAnExpiredLink);
		assertThat(tokensOf(withAnExpiredLink.id())).isEqualTo(1);

		clock.setInstant(start.plus(Duration.ofDays(31)));
		Map<String, Integer> first = job.run();

		assertThat(first.keySet()).contains("unverified registrations", "spent e-mail links",
				"draft consultation responses");
		assertThat(first.get("unverified registrations")).isPositive();
		assertThat(first.get("spent e-mail links")).isPositive();
		assertThat(people.findByEmail(nothingElse)).as("unconfirmed, nothing else: removed").isEmpty();
		assertThat(people.findByEmail(applied)).as("unconfirmed, with an application: kept").isPresent()
			.get().extracting(PersonSummary::status).isEqualTo(PersonStatus.UNVERIFIED);
		assertThat(people.findByEmail(responded)).as("unconfirmed, with a consultation response: kept").isPresent();
		assertThat(tokensOf(withAnExpiredLink.id())).as("a link expired more than a week ago").isZero();
		assertThat(people.find(withAnExpiredLink.id())).as("a confirmed person").isPresent();
		assertThat(consultations.kept(oldDraft)).as("a draft 31 days old").isTrue();
		assertThat(consultations.kept(respondentsDraft)).isTrue();

		clock.setInstant(start.plus(Duration.ofDays(60)));
		String recentDraft = consultations.aDraft(consultation, null);
		clock.setInstant(start.plus(Duration.ofDays(91)));
		Map<String, Integer> second = job.run();

		assertThat(second.get("draft consultation responses")).isPositive();
		assertThat(consultations.kept(oldDraft)).as("a draft 91 days old").isFalse();
		assertThat(consultations.kept(recentDraft)).as("a draft 31 days old").isTrue();
		assertThat(people.findByEmail(applied)).as("still has its application").isPresent();
	}

	private String register(OrganisationSummary organisation) throws Exception {
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

	private int tokensOf(Long personId) {
		return jdbc.queryForObject("select count(*) from account_token where person_id = ?", Integer.class, personId);
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), Set.copyOf(person.roles()),
				person.organisationIds(), null, false, true);
	}
}

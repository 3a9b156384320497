package org.practiceexchange.project;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.ProposalFunded;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The call module's ProposalFunded event, as the call module publishes it, becomes a project. */
@IntegrationTest
class FundedProposalTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	ProjectService projects;

	@Autowired
	ReleaseCommitmentRepository commitments;

	@Test
	void fundedProposalBecomesAJpdProjectWithItsPartnersPractitionersAndReleaseDays() {
		OrganisationSummary lead = accounts.anOrganisation();
		OrganisationSummary partnerOne = accounts.anOrganisation();
		OrganisationSummary partnerTwo = accounts.anOrganisation();
		SignedInPerson leadPerson = accounts.aPerson(Role.PROVIDER_LEAD, lead);
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, partnerOne);
		SignedInPerson validator = accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation());
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of()).id(), null);
		String title = AccountFixtures.unique("Maths resilience together");

		transactions.executeWithoutResult(status -> events.publishEvent(new ProposalFunded(1L, 2L, cohort.programmeId(),
				cohort.id(), title, programmes.themeId("Maths"), lead.id(), leadPerson.id(),
				List.of(partnerOne.id(), partnerTwo.id()),
				List.of(new ProposalFunded.Practitioner("A Teacher", practitioner.email(), practitioner.id(), partnerOne.id(), 6),
						new ProposalFunded.Practitioner("No Account Yet", "nobody@example.org", null, partnerTwo.id(), 5)),
				new ProposalFunded.Validator("Sector Research Network", "Dana", validator.email(), validator.id()),
				"Build learners' confidence", "A toolkit used by three providers")));

		ProjectSummary project = projects.all().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
		assertThat(project.kind()).isEqualTo(ProjectKind.JPD_PROJECT);
		assertThat(project.cohortId()).isEqualTo(cohort.id());
		assertThat(project.leadOrganisationId()).isEqualTo(lead.id());
		assertThat(project.partnerOrganisationIds()).containsExactlyInAnyOrder(partnerOne.id(), partnerTwo.id());
		assertThat(project.summary()).contains("Build learners' confidence").contains("A toolkit used by three providers");
		assertThat(project.members()).extracting(ProjectSummary.Member::personId).containsExactly(practitioner.id());
		assertThat(project.validatorId()).as("the validator's contact, who has the validator role").isEqualTo(validator.id());
		assertThat(commitments.findByProjectIdAndPersonId(project.id(), practitioner.id()).orElseThrow().daysCommitted())
			.isEqualByComparingTo(BigDecimal.valueOf(6));
	}

	@Test
	void nothingIsCreatedWhenTheDecisionTransactionRollsBack() {
		OrganisationSummary lead = accounts.anOrganisation();
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of()).id(), null);
		String title = AccountFixtures.unique("Rolled back");
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new ProposalFunded(1L, 2L, cohort.programmeId(), cohort.id(), title, null, lead.id(), null,
					List.of(accounts.anOrganisation().id()), List.of(), null, "", ""));
			status.setRollbackOnly();
		});
		assertThat(projects.all()).noneMatch(p -> p.title().equals(title));
	}
}

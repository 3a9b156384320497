package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.Clock;

import org.practiceexchange.call.ProposalFunded;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A funded proposal becomes a JPD project once its decisions are released: the lead and partner
 * providers, the theme, the named practitioners who have accounts (each with the release days
 * their provider committed in the proposal), and the validator's contact as the project's
 * external validator when they have an account with the validator role.
 */
@Component
class FundedProposals {

	private static final Logger log = LoggerFactory.getLogger(FundedProposals.class);

	private final ProjectService projects;

	private final ReleaseCommitmentRepository commitments;

	private final ProgrammeCatalogue catalogue;

	private final Clock clock;

	private final org.practiceexchange.account.People people;

	private final TransactionTemplate transactions;

	private final ProjectRepository records;

	private final SessionService schedules;

	FundedProposals(ProjectService projects, ReleaseCommitmentRepository commitments, ProgrammeCatalogue catalogue,
			Clock clock, PlatformTransactionManager transactionManager, org.practiceexchange.account.People people,
			ProjectRepository records, SessionService schedules) {
		this.records = records;
		this.schedules = schedules;
		// After the decision commits: a transaction of its own, or nothing would be saved.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.projects = projects;
		this.commitments = commitments;
		this.catalogue = catalogue;
		this.clock = clock;
		this.people = people;
	}

	@TransactionalEventListener
	public void on(ProposalFunded funded) {
		log.info("Creating the project of funded proposal {}", funded.proposalId());
		transactions.executeWithoutResult(status -> create(funded));
	}

	private void create(ProposalFunded funded) {
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(org.practiceexchange.shared.TimeConfiguration.LONDON));
		Long cohortId = cohortFor(funded, today);
		if (cohortId == null) {
			log.warn("Funded proposal {} has no current cohort to become a project in", funded.proposalId());
			return;
		}
		String summary = ("Aims: " + nullToEmpty(funded.aims()) + "\n\nOutcomes promised: " + nullToEmpty(funded.outcomes()));
		ProjectSummary project = projects.create(new ProjectForm(cohortId, ProjectKind.JPD_PROJECT, funded.title(),
				summary.length() > 2000 ? summary.substring(0, 2000) : summary, funded.themeId(), null, null,
				funded.leadOrganisationId(), funded.partnerOrganisationIds(), ProjectStatus.FORMING, false,
				validatorOf(funded)));
		records.findById(project.id()).orElseThrow().cameFrom(funded.proposalId());
		// the programme's default schedule, laid out from the funding date on working days; the manager adjusts it
		try {
			schedules.addDefaultSchedule(project.id());
		}
		catch (DomainRuleException ex) {
			log.warn("No default schedule for the project of funded proposal {}: {}", funded.proposalId(), ex.getMessage());
		}
		for (ProposalFunded.Practitioner practitioner : funded.practitioners()) {
			if (practitioner.personId() == null) {
				continue;
			}
			try {
				projects.addMember(project.id(), new MemberForm(practitioner.personId(), practitioner.organisationId(), ""));
				ReleaseCommitment commitment = new ReleaseCommitment(project.id(), practitioner.personId());
				commitment.commit(BigDecimal.valueOf(practitioner.releaseDays()), "Committed in the funded proposal", true,
						funded.leadPersonId(), clock.instant());
				commitments.save(commitment);
			}
			catch (DomainRuleException ex) {
				log.warn("Practitioner {} of funded proposal {} not added: {}", practitioner.personId(), funded.proposalId(),
						ex.getMessage());
			}
		}
	}

	/**
	 * The cohort the call names, unless it has ended; otherwise (or when the call names none) the
	 * programme's current cohort: the latest to have started that has not ended, else the next to
	 * start. Never an ended cohort; null when the programme has no current one.
	 */
	private Long cohortFor(ProposalFunded funded, java.time.LocalDate today) {
		if (funded.cohortId() != null) {
			java.util.Optional<CohortSummary> named = catalogue.findCohort(funded.cohortId()).filter(c -> !ended(c, today));
			if (named.isPresent()) {
				return named.get().id();
			}
			log.warn("The cohort {} of funded proposal {} has ended: the project goes into a current cohort", funded.cohortId(),
					funded.proposalId());
		}
		java.util.List<CohortSummary> current = catalogue.find(funded.programmeId()).map(p -> p.cohorts()).orElse(java.util.List.of())
			.stream().filter(c -> !ended(c, today)).toList();
		java.util.Optional<CohortSummary> running = current.stream().filter(c -> !c.startsOn().isAfter(today))
			.max(java.util.Comparator.comparing(CohortSummary::startsOn));
		return running.or(() -> current.stream().min(java.util.Comparator.comparing(CohortSummary::startsOn)))
			.map(CohortSummary::id).orElse(null);
	}

	private static boolean ended(CohortSummary cohort, java.time.LocalDate today) {
		return cohort.endsOn() != null && cohort.endsOn().isBefore(today);
	}

	private Long validatorOf(ProposalFunded funded) {
		Long personId = funded.validator() == null ? null : funded.validator().personId();
		return personId != null && people.find(personId).filter(p -> p.hasRole(org.practiceexchange.account.Role.VALIDATOR)).isPresent()
				? personId : null;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text.strip();
	}
}

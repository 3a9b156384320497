package org.practiceexchange.project;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.call.FundedProposalWithdrawn;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.shared.privacy.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a funded proposal withdraws from its funding, the project it became is closed with the
 * reason given (shown on its page), and its members and supporters are told by e-mail. Listens
 * after the withdrawal commits, in a transaction of its own, as {@link FundedProposals} does.
 */
@Component
class WithdrawnProposals {

	private static final Logger log = LoggerFactory.getLogger(WithdrawnProposals.class);

	private final ProjectRepository projects;

	private final People people;

	private final Mail mail;

	private final Audit audit;

	private final Clock clock;

	private final String baseUrl;

	private final TransactionTemplate transactions;

	WithdrawnProposals(ProjectRepository projects, People people, Mail mail, Audit audit, Clock clock,
			PlatformTransactionManager transactionManager, @Value("${exchange.base-url}") String baseUrl) {
		this.projects = projects;
		this.people = people;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	public void on(FundedProposalWithdrawn withdrawn) {
		transactions.executeWithoutResult(status -> close(withdrawn));
	}

	private void close(FundedProposalWithdrawn withdrawn) {
		Project project = projects.findFirstByProposalIdOrderByIdAsc(withdrawn.proposalId()).orElse(null);
		if (project == null) {
			log.warn("Funded proposal {} withdrew but no project came from it", withdrawn.proposalId());
			return;
		}
		if (project.closedAt() != null) {
			return;
		}
		ProjectStatus before = project.summary().status();
		project.closeBecause(withdrawn.reason(), clock.instant());
		audit.record("PROJECT_CLOSED", "Project", project.id(), "status=" + before,
				"status=CLOSED; proposal withdrawn; reason=" + withdrawn.reason());
		ProjectSummary summary = project.summary();
		Set<Long> told = new LinkedHashSet<>();
		summary.members().forEach(member -> told.add(member.personId()));
		if (summary.facilitatorId() != null) {
			told.add(summary.facilitatorId());
		}
		if (summary.mentorId() != null) {
			told.add(summary.mentorId());
		}
		for (PersonSummary person : people.findAll(List.copyOf(told))) {
			mail.send(person.email(), "Project closed: " + summary.title(), "Hello " + person.name() + ",\n\n"
					+ "The proposal that funded \"" + summary.title() + "\" has withdrawn from its funding, so the project"
					+ " has been closed. Nothing more needs to be done on it.\n\nThe reason given: " + withdrawn.reason()
					+ "\n\nThe project's page:\n" + baseUrl + "/projects/" + summary.id() + "\n");
		}
	}
}

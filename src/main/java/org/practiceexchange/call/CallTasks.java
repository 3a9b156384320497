package org.practiceexchange.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider lead's partner confirmations still to give (due when the call closes); a reviewer's
 * assigned proposals not yet scored (calls have no review deadline, so these carry no date); a
 * programme manager's published calls closing within {@value #CLOSING_DAYS} days.
 */
@Component
@Transactional(readOnly = true)
class CallTasks implements TaskSource {

	static final int CLOSING_DAYS = 14;

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final AssignmentRepository assignments;

	private final People people;

	private final Clock clock;

	CallTasks(CallRepository calls, ProposalRepository proposals, AssignmentRepository assignments, People people,
			Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.assignments = assignments;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		Instant now = clock.instant();
		if (roles.contains(Role.PROVIDER_LEAD.name())) {
			List<Long> organisations = people.find(personId).map(PersonSummary::organisationIds).orElse(List.of());
			if (!organisations.isEmpty()) {
				Map<Long, FundingCall> byId = new HashMap<>();
				for (Proposal proposal : proposals.findInvolving(organisations)) {
					FundingCall call = byId.computeIfAbsent(proposal.callId(), id -> calls.findById(id).orElse(null));
					boolean asked = proposal.partners().stream()
						.anyMatch(partner -> partner.status() == PartnerStatus.INVITED
								&& organisations.contains(partner.organisationId()));
					if (asked && proposal.status() == ProposalStatus.DRAFT && call != null && call.isOpen(now)) {
						tasks.add(Task.of(Role.PROVIDER_LEAD.name(), "partner-confirmation", "/proposals/" + proposal.id(),
								day(call.closesAt()), "task.partnerConfirmation", proposal.title(), call.title()));
					}
				}
			}
		}
		if (roles.contains(Role.REVIEWER.name())) {
			for (ReviewAssignment assignment : assignments.findByReviewerIdOrderByAssignedAtDesc(personId)) {
				if (assignment.status() == AssignmentStatus.ASSIGNED) {
					proposals.findById(assignment.proposalId()).ifPresent(proposal -> tasks.add(Task.of(Role.REVIEWER.name(),
							"review", "/reviews/" + assignment.id(), null, "task.review", proposal.title())));
				}
			}
		}
		if (roles.contains(Role.PROGRAMME_MANAGER.name())) {
			for (FundingCall call : calls.findByClosesAtGreaterThanEqualAndClosesAtLessThan(now,
					now.plus(java.time.Duration.ofDays(CLOSING_DAYS)))) {
				if (call.isPublished()) {
					tasks.add(Task.of(Role.PROGRAMME_MANAGER.name(), "call-closing", "/manage/calls/" + call.id(),
							day(call.closesAt()), "task.callClosing", call.title()));
				}
			}
		}
		return tasks;
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, TimeConfiguration.LONDON);
	}
}

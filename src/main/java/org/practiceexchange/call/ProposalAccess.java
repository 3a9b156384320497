package org.practiceexchange.call;

import java.util.Collection;
import java.util.Optional;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and write a proposal. Anyone outside it gets "not found", so ids reveal nothing: the
 * manager sees all; provider leads of the lead and partner organisations see it; a reviewer sees it
 * only through an assignment they have not stepped away from, and never when they belong to any
 * organisation on it.
 */
@Component
class ProposalAccess {

	private final ProposalRepository proposals;

	private final AssignmentRepository assignments;

	ProposalAccess(ProposalRepository proposals, AssignmentRepository assignments) {
		this.proposals = proposals;
		this.assignments = assignments;
	}

	Proposal visible(SignedInPerson me, Long id) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> notFound(id));
		if (canSee(me, proposal)) {
			return proposal;
		}
		throw notFound(id);
	}

	boolean canSee(SignedInPerson me, Proposal proposal) {
		if (me.hasRole(Role.PROGRAMME_MANAGER) || isPartyLead(me, proposal)) {
			return true;
		}
		return me.hasRole(Role.REVIEWER) && !conflicted(me.organisationIds(), proposal)
				&& assignments.findByProposalIdAndReviewerId(proposal.id(), me.id()).filter(ReviewAssignment::isActive).isPresent();
	}

	/** The proposal, for one of its co-writers; others who may see it are refused, the rest get "not found". */
	Proposal writable(SignedInPerson me, Long id) {
		Proposal proposal = visible(me, id);
		if (!canWrite(me, proposal)) {
			throw new AccessDeniedException("Only provider leads of the lead and confirmed partner organisations can edit");
		}
		return proposal;
	}

	boolean canWrite(SignedInPerson me, Proposal proposal) {
		return me.hasRole(Role.PROVIDER_LEAD)
				&& proposal.writingOrganisationIds().stream().anyMatch(me.organisationIds()::contains);
	}

	/** The partner organisation the signed-in lead answers for, if they lead one of the invited partners. */
	Optional<Long> partnerAnsweredBy(SignedInPerson me, Proposal proposal, Long organisationId) {
		return me.hasRole(Role.PROVIDER_LEAD) && me.belongsTo(organisationId)
				&& proposal.partners().stream().anyMatch(p -> p.organisationId().equals(organisationId))
				? Optional.of(organisationId) : Optional.empty();
	}

	static boolean conflicted(Collection<Long> reviewerOrganisationIds, Proposal proposal) {
		return proposal.organisationIds().stream().anyMatch(reviewerOrganisationIds::contains);
	}

	private static boolean isPartyLead(SignedInPerson me, Proposal proposal) {
		return me.hasRole(Role.PROVIDER_LEAD) && proposal.organisationIds().stream().anyMatch(me.organisationIds()::contains);
	}

	private static RecordNotFoundException notFound(Long id) {
		return new RecordNotFoundException("Proposal", id);
	}
}

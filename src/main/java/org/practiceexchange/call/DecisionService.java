package org.practiceexchange.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager moderates and decides; releasing a call's decisions tells every applicant (with the
 * feedback the manager wrote) and announces each funded proposal with {@link ProposalFunded}.
 */
@Service
@Transactional
class DecisionService {

	private final ProposalRepository proposals;

	private final CallService calls;

	private final People people;

	private final Mail mail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	private final Audit audit;

	private final ProposalAccess access;

	DecisionService(Audit audit, ProposalAccess access, ProposalRepository proposals, CallService calls, People people, Mail mail,
			ApplicationEventPublisher events, Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.audit = audit;
		this.access = access;
		this.proposals = proposals;
		this.calls = calls;
		this.people = people;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	void moderate(Long managerId, Long proposalId, BigDecimal score, String reason) {
		Proposal proposal = load(proposalId);
		FundingCall call = calls.load(proposal.callId());
		if (score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.valueOf(call.scoreMax())) > 0) {
			throw new DomainRuleException("score", "The moderated score must be on the call's scale, from 1 to " + call.scoreMax());
		}
		BigDecimal before = proposal.moderatedScore();
		proposal.moderate(score, reason, managerId, clock.instant());
		audit.record("PROPOSAL_SCORE_MODERATED", "Proposal", proposalId, before == null ? null : "score=" + before.toPlainString(),
				"score=" + score.toPlainString() + "; reason=" + reason);
	}

	/** Fund (up to the call's capacity), hold in reserve or decline; open to change until released. */
	void decide(Long managerId, Long proposalId, Decision decision, String feedback) {
		Proposal proposal = load(proposalId);
		FundingCall call = calls.load(proposal.callId());
		if (call.isOpen(clock.instant())) {
			throw new DomainRuleException(null, "Decisions are made after the call closes");
		}
		if (decision == Decision.FUND && proposal.decision() != Decision.FUND) {
			long funded = proposals.findByCallIdAndStatusOrderByIdAsc(call.id(), ProposalStatus.SUBMITTED).stream()
				.filter(p -> p.decision() == Decision.FUND).count();
			if (funded >= call.capacity()) {
				throw new DomainRuleException("decision", "The call can fund " + call.capacity()
						+ " projects and " + funded + " are already funded: hold this one in reserve, or change another decision first");
			}
		}
		Decision before = proposal.decision();
		proposal.decide(decision, feedback, managerId, clock.instant());
		audit.record("PROPOSAL_DECIDED", "Proposal", proposalId, before == null ? null : "decision=" + before,
				"decision=" + decision);
	}

	/** Every submitted proposal must have a decision; then applicants hear and funded ones become projects. */
	void release(Long callId) {
		FundingCall call = calls.load(callId);
		List<Proposal> submitted = proposals.findByCallIdAndStatusOrderByIdAsc(callId, ProposalStatus.SUBMITTED);
		long undecided = submitted.stream().filter(p -> p.decision() == null).count();
		if (undecided > 0) {
			throw new DomainRuleException(null, undecided + " submitted proposal" + (undecided == 1 ? " has" : "s have")
					+ " no decision yet");
		}
		calls.checkCohortForFunding(call);
		call.releaseDecisions(clock.instant());
		audit.record("CALL_DECISIONS_RELEASED", "Call", callId, null, submitted.size() + " proposals");
		for (Proposal proposal : submitted) {
			proposal.releaseDecision(clock.instant());
			tellApplicants(proposal, call);
			if (proposal.decision() == Decision.FUND) {
				events.publishEvent(funded(proposal, call));
			}
		}
	}

	ProposalFunded funded(Proposal proposal, FundingCall call) {
		List<ProposalFunded.Practitioner> practitioners = proposal.practitioners().stream()
			.map(p -> new ProposalFunded.Practitioner(p.name(), p.email(),
					people.findByEmail(p.email()).map(PersonSummary::id).orElse(null), p.organisationId(), p.releaseDays()))
			.toList();
		Long validatorId = people.findByEmail(proposal.validatorContactEmail()).filter(p -> p.hasRole(Role.VALIDATOR))
			.map(PersonSummary::id).orElse(null);
		return new ProposalFunded(proposal.id(), call.id(), call.programmeId(), call.cohortId(), proposal.title(),
				proposal.themeId(), proposal.leadOrganisationId(), proposal.leadPersonId(), proposal.confirmedPartnerIds(),
				practitioners, new ProposalFunded.Validator(proposal.validatorOrganisation(), proposal.validatorContactName(),
						proposal.validatorContactEmail(), validatorId),
				proposal.aims(), proposal.outcomes());
	}

	/** Where a proposal stands after the release, for its page: withdrawn (and why), promoted, and whether this person may withdraw it. */
	record Funding(boolean released, boolean holdsFunding, boolean withdrawn, java.time.Instant withdrawnAt, String reason,
			boolean promoted, boolean canWithdraw) {
	}

	@Transactional(readOnly = true)
	Funding fundingOf(SignedInPerson me, Long proposalId) {
		Proposal proposal = access.visible(me, proposalId);
		return new Funding(proposal.decisionReleasedAt() != null, proposal.holdsFunding(),
				proposal.fundingWithdrawnAt() != null, proposal.fundingWithdrawnAt(), proposal.fundingWithdrawalReason(),
				proposal.promotedAt() != null, proposal.decisionReleasedAt() != null && proposal.holdsFunding() && mayWithdraw(me, proposal));
	}

	/**
	 * A funded proposal withdraws after the release: a provider lead of its lead organisation or the
	 * manager gives the reason. Its applicants hear; its place goes back to the call for a reserve.
	 */
	void withdrawFunding(SignedInPerson me, Long proposalId, String reason) {
		Proposal proposal = access.visible(me, proposalId);
		if (!mayWithdraw(me, proposal)) {
			throw new AccessDeniedException("Only the programme manager or a provider lead of the lead organisation can withdraw a funded proposal");
		}
		FundingCall call = calls.load(proposal.callId());
		proposal.withdrawFunding(reason, me.id(), clock.instant());
		audit.record("PROPOSAL_FUNDING_WITHDRAWN", "Proposal", proposalId, "decision=FUND",
				"withdrawn; reason=" + proposal.fundingWithdrawalReason());
		for (PersonSummary person : applicants(proposal)) {
			mail.send(person.email(), "Funding withdrawn: " + proposal.title(), "Hello " + person.name()
					+ ",\n\nThe proposal \"" + proposal.title() + "\" to \"" + call.title()
					+ "\" has withdrawn from its funding.\n\nThe reason given: " + proposal.fundingWithdrawalReason()
					+ "\n\nSee the proposal here:\n" + baseUrl + "/proposals/" + proposal.id() + "\n");
		}
		events.publishEvent(new FundedProposalWithdrawn(proposal.id(), call.id(), proposal.title(),
				proposal.fundingWithdrawalReason()));
	}

	/**
	 * After the release, a reserve is funded in a place a withdrawal left, never beyond the call's
	 * capacity. Its applicants hear and it becomes a project as funded proposals do at the release.
	 */
	void promote(Long managerId, Long proposalId) {
		Proposal proposal = load(proposalId);
		FundingCall call = calls.load(proposal.callId());
		long funded = proposals.findByCallIdAndStatusOrderByIdAsc(call.id(), ProposalStatus.SUBMITTED).stream()
			.filter(Proposal::holdsFunding).count();
		if (proposal.decision() == Decision.RESERVE && proposal.decisionReleasedAt() != null && funded >= call.capacity()) {
			throw new DomainRuleException(null, "The call can fund " + call.capacity() + " projects and " + funded
					+ " are funded: a funded proposal must withdraw before a reserve can be promoted");
		}
		calls.checkCohortForFunding(call);
		proposal.promote(managerId, clock.instant());
		audit.record("PROPOSAL_PROMOTED", "Proposal", proposalId, "decision=RESERVE", "decision=FUND");
		for (PersonSummary person : applicants(proposal)) {
			mail.send(person.email(), "Funded from the reserve list: " + proposal.title(), "Hello " + person.name()
					+ ",\n\nThe proposal \"" + proposal.title() + "\" to \"" + call.title()
					+ "\" was held in reserve. A funded project cannot go ahead, and we are pleased to tell you that your"
					+ " proposal has now been funded in its place. The project will be set up for your partnership.\n"
					+ "\nSee the proposal here:\n" + baseUrl + "/proposals/" + proposal.id() + "\n");
		}
		events.publishEvent(funded(proposal, call));
	}

	/**
	 * For the API, whose address names the call and the proposal: the call must exist and the
	 * proposal be one of its own, visible to this person (or, for the manager's actions, simply
	 * exist); otherwise there is no such proposal here.
	 */
	@Transactional(readOnly = true)
	void checkOfCall(SignedInPerson me, Long callId, Long proposalId, boolean asTheyMaySeeIt) {
		calls.load(callId);
		Proposal proposal = asTheyMaySeeIt ? access.visible(me, proposalId) : load(proposalId);
		if (!proposal.callId().equals(callId)) {
			throw new RecordNotFoundException("Proposal", proposalId);
		}
	}

	private static boolean mayWithdraw(SignedInPerson me, Proposal proposal) {
		return me.hasRole(Role.PROGRAMME_MANAGER)
				|| me.hasRole(Role.PROVIDER_LEAD) && me.belongsTo(proposal.leadOrganisationId());
	}

	/** The proposal's lead and the provider leads of its lead and confirmed partner organisations. */
	private List<PersonSummary> applicants(Proposal proposal) {
		Set<Long> recipients = new LinkedHashSet<>();
		recipients.add(proposal.leadPersonId());
		List<Long> organisations = new ArrayList<>(proposal.writingOrganisationIds());
		people.withRole(Role.PROVIDER_LEAD).stream()
			.filter(lead -> lead.organisationIds().stream().anyMatch(organisations::contains))
			.forEach(lead -> recipients.add(lead.id()));
		Map<Long, PersonSummary> byId = new java.util.HashMap<>();
		people.findAll(recipients).forEach(p -> byId.put(p.id(), p));
		return recipients.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private void tellApplicants(Proposal proposal, FundingCall call) {
		String outcome = switch (proposal.decision()) {
			case FUND -> "We are pleased to tell you that it has been funded. The project will be set up for your partnership.";
			case RESERVE -> "It has been held in reserve: it may be funded if a funded project cannot go ahead.";
			case DECLINE -> "We are sorry to tell you that it has not been funded this time.";
		};
		applicants(proposal).forEach(person -> mail.send(person.email(),
				"Decision on your proposal: " + proposal.title(),
				"Hello " + person.name() + ",\n\nThe decisions on \"" + call.title() + "\" have been made, including on the proposal \""
						+ proposal.title() + "\". " + outcome + "\n"
						+ (proposal.feedback() == null ? "" : "\nFeedback from the review panel:\n" + proposal.feedback() + "\n")
						+ "\nSee the proposal here:\n" + baseUrl + "/proposals/" + proposal.id() + "\n"));
	}

	private Proposal load(Long proposalId) {
		return proposals.findById(proposalId).orElseThrow(() -> new RecordNotFoundException("Proposal", proposalId));
	}
}

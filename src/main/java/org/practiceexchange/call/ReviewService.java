package org.practiceexchange.call;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers and their assignments: the manager assigns (by hand or spread evenly under a cap), never
 * to a reviewer who belongs to an organisation on the proposal; reviewers score or step away.
 */
@Service
@Transactional
class ReviewService {

	private final AssignmentRepository assignments;

	private final ProposalRepository proposals;

	private final CallService calls;

	private final ProposalViews views;

	private final People people;

	private final Clock clock;

	private final Audit audit;

	private final ReviewMail reviewMail;

	ReviewService(AssignmentRepository assignments, ProposalRepository proposals, CallService calls,
			ProposalViews views, People people, Clock clock, Audit audit, ReviewMail reviewMail) {
		this.audit = audit;
		this.reviewMail = reviewMail;
		this.assignments = assignments;
		this.proposals = proposals;
		this.calls = calls;
		this.views = views;
		this.people = people;
		this.clock = clock;
	}

	/** What a reviewer's list and review page show. */
	record AssignmentView(Long id, Long proposalId, String proposalTitle, Long callId, String callTitle,
			AssignmentStatus status, java.time.Instant assignedAt, java.time.Instant submittedAt,
			List<FundingCall.Criterion> criteria, int scoreMax, List<ReviewAssignment.Score> scores,
			Decision recommendation, String overallComment, String conflictReason, String reviewerGuidance) {
	}

	/** Another reviewer's submitted review, without their name. */
	record OtherReview(int number, java.math.BigDecimal weightedScore, List<ReviewAssignment.Score> scores,
			Decision recommendation, String overallComment) {
	}

	void assign(Long managerId, Long proposalId, Long reviewerId) {
		Proposal proposal = submittedProposal(proposalId);
		FundingCall call = calls.load(proposal.callId());
		checkStillAssigning(call);
		PersonSummary reviewer = people.find(reviewerId).filter(p -> p.hasRole(Role.REVIEWER))
			.orElseThrow(() -> new DomainRuleException("reviewerId", "Choose a reviewer from the list"));
		if (ProposalAccess.conflicted(reviewer.organisationIds(), proposal)) {
			throw new DomainRuleException("reviewerId", reviewer.name()
					+ " belongs to an organisation on this proposal and cannot review it");
		}
		if (assignments.findByProposalIdAndReviewerId(proposalId, reviewerId).filter(a -> !a.isActive()).isPresent()) {
			throw new DomainRuleException("reviewerId", reviewer.name()
					+ " has declared a conflict of interest on this proposal and cannot review it");
		}
		if (assignments.findByProposalIdAndReviewerId(proposalId, reviewerId).isPresent()) {
			throw new DomainRuleException("reviewerId", reviewer.name()
					+ " has already been assigned this proposal (or declared a conflict of interest on it)");
		}
		ReviewAssignment saved = assignments.save(new ReviewAssignment(proposalId, proposal.callId(), reviewerId, managerId,
				clock.instant()));
		reviewMail.assigned(reviewer, proposal, call, saved.id());
	}

	/**
	 * Takes a proposal off a reviewer who has not yet reviewed it (a submitted review or a declared
	 * conflict stays); the reviewer is told. An assignment of another call is not found.
	 */
	void unassign(Long managerId, Long callId, Long assignmentId) {
		ReviewAssignment assignment = assignments.findById(assignmentId).filter(a -> a.callId().equals(callId))
			.orElseThrow(() -> new RecordNotFoundException("Assignment", assignmentId));
		FundingCall call = calls.load(callId);
		checkStillAssigning(call);
		if (assignment.status() != AssignmentStatus.ASSIGNED) {
			throw new DomainRuleException(null, assignment.status() == AssignmentStatus.SUBMITTED
					? "This review has been submitted, so it stays with the proposal"
					: "The reviewer declared a conflict of interest on this proposal, which stays on record");
		}
		Proposal proposal = proposals.findById(assignment.proposalId()).orElseThrow();
		assignments.delete(assignment);
		audit.record("REVIEWER_UNASSIGNED", "ReviewAssignment", assignmentId,
				"reviewer=" + assignment.reviewerId() + "; proposal=" + assignment.proposalId(), null);
		people.find(assignment.reviewerId()).ifPresent(reviewer -> reviewMail.unassigned(reviewer, proposal, call));
	}

	/**
	 * Gives each submitted proposal up to {@code perProposal} reviewers, always choosing the eligible
	 * reviewer with the fewest assignments in this call, never beyond {@code cap} each. Returns how
	 * many reviews are still missing because no eligible reviewer had room.
	 */
	int spread(Long managerId, Long callId, int perProposal, int cap) {
		FundingCall call = calls.load(callId);
		checkStillAssigning(call);
		List<ReviewAssignment> existing = assignments.findByCallId(callId);
		Map<Long, Integer> load = new HashMap<>();
		existing.stream().filter(ReviewAssignment::isActive).forEach(a -> load.merge(a.reviewerId(), 1, Integer::sum));
		List<EvenSpread.Candidate> reviewers = people.withRole(Role.REVIEWER).stream()
			.map(r -> new EvenSpread.Candidate(r.id(), r.organisationIds(), load.getOrDefault(r.id(), 0))).toList();
		List<EvenSpread.Need> needs = proposals.findByCallIdAndStatusOrderByIdAsc(callId, ProposalStatus.SUBMITTED).stream()
			.map(p -> new EvenSpread.Need(p.id(), p.organisationIds(),
					existing.stream().filter(a -> a.proposalId().equals(p.id())).map(ReviewAssignment::reviewerId)
						.collect(Collectors.toSet()),
					(int) existing.stream().filter(a -> a.proposalId().equals(p.id()) && a.isActive()).count()))
			.toList();
		EvenSpread.Plan plan = EvenSpread.plan(needs, reviewers, perProposal, cap);
		Map<Long, Proposal> byId = proposals.findByCallIdOrderByIdAsc(callId).stream()
			.collect(Collectors.toMap(Proposal::id, p -> p));
		Map<Long, PersonSummary> reviewersById = people.withRole(Role.REVIEWER).stream()
			.collect(Collectors.toMap(PersonSummary::id, p -> p));
		plan.assignments().forEach(pair -> {
			ReviewAssignment saved = assignments.save(new ReviewAssignment(pair.getKey(), callId, pair.getValue(), managerId,
					clock.instant()));
			reviewMail.assigned(reviewersById.get(pair.getValue()), byId.get(pair.getKey()), call, saved.id());
		});
		return plan.unfilled();
	}

	@Transactional(readOnly = true)
	List<AssignmentView> mine(SignedInPerson me) {
		return assignments.findByReviewerIdOrderByAssignedAtDesc(me.id()).stream()
			.filter(a -> a.status() != AssignmentStatus.CONFLICT).map(this::view).toList();
	}

	/** The reviewer's own assignment; someone else's, or one they are conflicted on, is not found. */
	@Transactional(readOnly = true)
	AssignmentView find(SignedInPerson me, Long assignmentId) {
		return view(own(me, assignmentId));
	}

	/** Other reviewers' reviews, shown to a reviewer only once they have submitted their own. */
	@Transactional(readOnly = true)
	List<OtherReview> others(SignedInPerson me, Long assignmentId) {
		ReviewAssignment mine = own(me, assignmentId);
		if (mine.status() != AssignmentStatus.SUBMITTED) {
			return List.of();
		}
		FundingCall call = calls.load(mine.callId());
		List<ReviewAssignment> others = assignments.findByProposalId(mine.proposalId()).stream()
			.filter(a -> a.status() == AssignmentStatus.SUBMITTED && !a.id().equals(mine.id())).toList();
		List<OtherReview> result = new ArrayList<>();
		for (int i = 0; i < others.size(); i++) {
			ReviewAssignment a = others.get(i);
			result.add(new OtherReview(i + 1, a.weightedScore(call), a.scores(), a.recommendation(), a.overallComment()));
		}
		return result;
	}

	void submit(SignedInPerson me, Long assignmentId, ProposalForms.Review form) {
		ReviewAssignment assignment = own(me, assignmentId);
		FundingCall call = calls.load(assignment.callId());
		List<Integer> scores = form.scores() == null ? List.of() : form.scores();
		List<String> comments = form.comments() == null ? List.of() : form.comments();
		List<ReviewAssignment.Score> given = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			if (scores.get(i) == null) {
				throw new DomainRuleException("scores", "Score every criterion");
			}
			given.add(new ReviewAssignment.Score(scores.get(i), i < comments.size() ? comments.get(i) : null));
		}
		assignment.submit(call, given, form.recommendation(), form.comment(), clock.instant());
		audit.record("REVIEW_SUBMITTED", "ReviewAssignment", assignmentId, null, "proposal=" + assignment.proposalId()
				+ "; scores=" + scores + "; recommendation=" + form.recommendation());
	}

	void declareConflict(SignedInPerson me, Long assignmentId, String reason) {
		own(me, assignmentId).declareConflict(reason);
	}

	@Transactional(readOnly = true)
	List<Ranking.Row> ranking(Long callId) {
		FundingCall call = calls.load(callId);
		List<Proposal> submitted = proposals.findByCallIdAndStatusOrderByIdAsc(callId, ProposalStatus.SUBMITTED);
		Map<Long, List<ReviewAssignment>> byProposal = assignments.findByCallId(callId).stream()
			.collect(Collectors.groupingBy(ReviewAssignment::proposalId));
		Map<Long, String> names = new HashMap<>();
		submitted.forEach(p -> names.putAll(views.organisationNames(p)));
		return Ranking.rank(call, submitted, byProposal, names);
	}

	/** A submitted review with its reviewer's name, for the manager. */
	record NamedReview(String reviewerName, java.math.BigDecimal weightedScore, List<ReviewAssignment.Score> scores,
			Decision recommendation, String overallComment) {
	}

	/** Every submitted review of a proposal, named: the manager reads them before moderating. */
	@Transactional(readOnly = true)
	List<NamedReview> reviewsOf(Long proposalId) {
		Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new RecordNotFoundException("Proposal", proposalId));
		FundingCall call = calls.load(proposal.callId());
		List<ReviewAssignment> submitted = assignments.findByProposalId(proposalId).stream()
			.filter(a -> a.status() == AssignmentStatus.SUBMITTED).toList();
		Map<Long, String> names = people.findAll(submitted.stream().map(ReviewAssignment::reviewerId).toList()).stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		return submitted.stream().map(a -> new NamedReview(names.getOrDefault(a.reviewerId(), ""), a.weightedScore(call),
				a.scores(), a.recommendation(), a.overallComment())).toList();
	}

	/** Every assignment of a call for the manager's export, in proposal order, then reviewer. */
	record ReviewLine(Long proposalId, String proposalTitle, String reviewerName, AssignmentStatus status,
			List<ReviewAssignment.Score> scores, java.math.BigDecimal weightedScore, Decision recommendation,
			java.time.Instant assignedAt, java.time.Instant submittedAt, String overallComment, String conflictReason) {
	}

	@Transactional(readOnly = true)
	List<ReviewLine> reviewLines(Long callId) {
		FundingCall call = calls.load(callId);
		List<ReviewAssignment> all = assignments.findByCallId(callId);
		Map<Long, String> names = people.findAll(all.stream().map(ReviewAssignment::reviewerId).distinct().toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		Map<Long, String> titles = proposals.findByCallIdOrderByIdAsc(callId).stream()
			.collect(Collectors.toMap(Proposal::id, Proposal::title));
		return all.stream()
			.map(a -> new ReviewLine(a.proposalId(), titles.getOrDefault(a.proposalId(), ""),
					names.getOrDefault(a.reviewerId(), ""), a.status(), a.scores(),
					a.status() == AssignmentStatus.SUBMITTED ? a.weightedScore(call) : null, a.recommendation(),
					a.assignedAt(), a.submittedAt(), a.overallComment(), a.conflictReason()))
			.sorted(Comparator.comparing(ReviewLine::proposalId).thenComparing(ReviewLine::reviewerName))
			.toList();
	}

	/**
	 * For each submitted proposal of a call, the mean of its submitted reviews' scores on each
	 * criterion (to two places; {@code null} where no review is in yet), in the call's criterion order.
	 */
	@Transactional(readOnly = true)
	Map<Long, List<java.math.BigDecimal>> criterionMeans(Long callId) {
		int criteria = calls.load(callId).criteria().size();
		Map<Long, List<ReviewAssignment>> submitted = assignments.findByCallId(callId).stream()
			.filter(a -> a.status() == AssignmentStatus.SUBMITTED)
			.collect(Collectors.groupingBy(ReviewAssignment::proposalId));
		Map<Long, List<java.math.BigDecimal>> means = new HashMap<>();
		submitted.forEach((proposalId, reviews) -> {
			List<java.math.BigDecimal> row = new ArrayList<>();
			for (int i = 0; i < criteria; i++) {
				int index = i;
				List<Integer> scores = reviews.stream().filter(a -> a.scores().size() > index)
					.map(a -> a.scores().get(index).score()).toList();
				row.add(scores.isEmpty() ? null
						: java.math.BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
							.divide(java.math.BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP));
			}
			means.put(proposalId, row);
		});
		return means;
	}

	/** An assignment as the manager's list shows it. */
	record AssignmentRow(Long id, String reviewerName, String proposalTitle, AssignmentStatus status, String conflictReason) {
	}

	/** Once a call's decisions are released its reviewing is over: no one is assigned any more. */
	private static void checkStillAssigning(FundingCall call) {
		if (call.decisionsReleased()) {
			throw new DomainRuleException(null,
					"The decisions on this call have been released, so reviewers can no longer be assigned");
		}
	}

	/** A reviewer the manager may choose, with the proposals of the call they may not review and why. */
	record ReviewerChoice(Long id, String name, List<String> conflicts) {
	}

	/**
	 * Every reviewer, each with the call's submitted proposals they are conflicted on: derived (they
	 * belong to the lead or a partner organisation) or declared on an assignment.
	 */
	@Transactional(readOnly = true)
	List<ReviewerChoice> reviewerChoices(Long callId) {
		List<Proposal> submitted = proposals.findByCallIdAndStatusOrderByIdAsc(callId, ProposalStatus.SUBMITTED);
		List<ReviewAssignment> declared = assignments.findByCallId(callId).stream().filter(a -> !a.isActive()).toList();
		return people.withRole(Role.REVIEWER).stream().map(reviewer -> new ReviewerChoice(reviewer.id(), reviewer.name(),
				submitted.stream().filter(p -> ProposalAccess.conflicted(reviewer.organisationIds(), p)
						|| declared.stream().anyMatch(a -> a.proposalId().equals(p.id()) && a.reviewerId().equals(reviewer.id())))
					.map(Proposal::title).toList()))
			.toList();
	}

	/** Every assignment in a call, with the reviewer's name: for the manager. */
	@Transactional(readOnly = true)
	List<AssignmentRow> assignmentsOf(Long callId) {
		List<ReviewAssignment> all = assignments.findByCallId(callId);
		Map<Long, String> names = people.findAll(all.stream().map(ReviewAssignment::reviewerId).distinct().toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		Map<Long, String> titles = proposals.findByCallIdOrderByIdAsc(callId).stream()
			.collect(Collectors.toMap(Proposal::id, Proposal::title));
		return all.stream().sorted(Comparator.comparing(ReviewAssignment::proposalId))
			.map(a -> new AssignmentRow(a.id(), names.getOrDefault(a.reviewerId(), ""), titles.get(a.proposalId()), a.status(),
					a.conflictReason()))
			.toList();
	}

	private ReviewAssignment own(SignedInPerson me, Long assignmentId) {
		ReviewAssignment assignment = assignments.findById(assignmentId)
			.filter(a -> a.reviewerId().equals(me.id()) && a.status() != AssignmentStatus.CONFLICT)
			.orElseThrow(() -> new RecordNotFoundException("Review", assignmentId));
		Proposal proposal = proposals.findById(assignment.proposalId()).orElseThrow();
		if (ProposalAccess.conflicted(me.organisationIds(), proposal)) {
			throw new RecordNotFoundException("Review", assignmentId);
		}
		return assignment;
	}

	private Proposal submittedProposal(Long proposalId) {
		Proposal proposal = proposals.findById(proposalId)
			.orElseThrow(() -> new DomainRuleException("proposalId", "Choose a proposal from the list"));
		if (proposal.status() != ProposalStatus.SUBMITTED) {
			throw new DomainRuleException("proposalId", "Only submitted proposals are reviewed");
		}
		return proposal;
	}

	private AssignmentView view(ReviewAssignment a) {
		FundingCall call = calls.load(a.callId());
		Proposal proposal = proposals.findById(a.proposalId()).orElseThrow();
		return new AssignmentView(a.id(), a.proposalId(), proposal.title(), call.id(), call.title(), a.status(),
				a.assignedAt(), a.submittedAt(), call.criteria(), call.scoreMax(), a.scores(), a.recommendation(),
				a.overallComment(), a.conflictReason(), call.reviewerGuidance());
	}
}

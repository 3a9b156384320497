package org.practiceexchange.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** One reviewer's assignment to one proposal: their scores per criterion, or their declared conflict. */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	private Long callId;

	private Long reviewerId;

	private Long assignedBy;

	private Instant assignedAt;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;

	private String conflictReason;

	@Enumerated(EnumType.STRING)
	private Decision recommendation;

	private String overallComment;

	private Instant submittedAt;

	@ElementCollection
	@CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "seq")
	private List<Score> scores = new ArrayList<>();

	@Version
	private long version;

	protected ReviewAssignment() {
	}

	ReviewAssignment(Long proposalId, Long callId, Long reviewerId, Long assignedBy, Instant now) {
		this.proposalId = proposalId;
		this.callId = callId;
		this.reviewerId = reviewerId;
		this.assignedBy = assignedBy;
		this.assignedAt = now;
		this.status = AssignmentStatus.ASSIGNED;
	}

	/** One score per criterion of the call, in the call's order, each within the call's scale. */
	void submit(FundingCall call, List<Score> newScores, Decision newRecommendation, String comment, Instant now) {
		if (status != AssignmentStatus.ASSIGNED) {
			throw new DomainRuleException(null, status == AssignmentStatus.SUBMITTED
					? "You have already submitted this review" : "You declared a conflict of interest on this proposal");
		}
		if (newScores.size() != call.criteria().size()) {
			throw new DomainRuleException("scores", "Score every criterion");
		}
		for (Score score : newScores) {
			if (score.score() < 1 || score.score() > call.scoreMax()) {
				throw new DomainRuleException("scores", "Each score must be from 1 to " + call.scoreMax());
			}
			if (score.comment() == null || score.comment().isBlank()) {
				throw new DomainRuleException("scores", "Give a comment for every criterion");
			}
		}
		if (newRecommendation == null) {
			throw new DomainRuleException("recommendation", "Give your overall recommendation");
		}
		scores = new ArrayList<>(newScores.stream().map(s -> new Score(s.score(), s.comment().strip())).toList());
		recommendation = newRecommendation;
		overallComment = comment == null || comment.isBlank() ? null : comment.strip();
		submittedAt = now;
		status = AssignmentStatus.SUBMITTED;
	}

	/** The reviewer steps away; the assignment stays as a record so they are not assigned again. */
	void declareConflict(String reason) {
		if (status == AssignmentStatus.SUBMITTED) {
			throw new DomainRuleException(null, "You have already submitted this review");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleException("reason", "Say what the conflict of interest is");
		}
		conflictReason = reason.strip();
		status = AssignmentStatus.CONFLICT;
	}

	/** The weighted score on the call's own scale: Σ(score × weight) / Σ weight. */
	BigDecimal weightedScore(FundingCall call) {
		List<FundingCall.Criterion> criteria = call.criteria();
		long weighted = 0;
		long weights = 0;
		for (int i = 0; i < Math.min(criteria.size(), scores.size()); i++) {
			weighted += (long) scores.get(i).score() * criteria.get(i).weight();
			weights += criteria.get(i).weight();
		}
		return weights == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	boolean isActive() {
		return status != AssignmentStatus.CONFLICT;
	}

	Long id() { return id; }
	Long proposalId() { return proposalId; }
	Long callId() { return callId; }
	Long reviewerId() { return reviewerId; }
	Instant assignedAt() { return assignedAt; }
	AssignmentStatus status() { return status; }
	String conflictReason() { return conflictReason; }
	Decision recommendation() { return recommendation; }
	String overallComment() { return overallComment; }
	Instant submittedAt() { return submittedAt; }
	List<Score> scores() { return List.copyOf(scores); }

	@Embeddable
	record Score(int score, String comment) {
	}
}

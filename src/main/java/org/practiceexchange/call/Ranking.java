package org.practiceexchange.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A call's submitted proposals in order of score, as the manager weighs them. */
final class Ranking {

	private Ranking() {
	}

	/**
	 * One proposal's line: the mean weighted score of its submitted reviews, the spread between its
	 * highest and lowest reviewer, the number of reviews, and the moderated score when the manager set
	 * one (which then ranks it).
	 */
	record Row(Long proposalId, String title, String leadOrganisation, int reviews, int assigned, BigDecimal meanScore,
			BigDecimal spread, BigDecimal moderatedScore, String moderationReason, Decision decision,
			String feedback, boolean released, boolean fundingWithdrawn, String withdrawalReason, boolean promoted) {

		public BigDecimal rankingScore() {
			return moderatedScore != null ? moderatedScore : meanScore;
		}
	}

	static List<Row> rank(FundingCall call, List<Proposal> submitted, Map<Long, List<ReviewAssignment>> assignmentsByProposal,
			Map<Long, String> organisationNames) {
		return submitted.stream().map(p -> {
			List<ReviewAssignment> all = assignmentsByProposal.getOrDefault(p.id(), List.of());
			List<BigDecimal> scores = all.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED)
				.map(a -> a.weightedScore(call)).toList();
			int active = (int) all.stream().filter(ReviewAssignment::isActive).count();
			BigDecimal mean = scores.isEmpty() ? null
					: scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
			BigDecimal spread = scores.isEmpty() ? null
					: scores.stream().max(Comparator.naturalOrder()).orElseThrow()
						.subtract(scores.stream().min(Comparator.naturalOrder()).orElseThrow());
			return new Row(p.id(), p.title(), organisationNames.get(p.leadOrganisationId()), scores.size(), active, mean,
					spread, p.moderatedScore(), p.moderationReason(), p.decision(), p.feedback(), p.decisionReleasedAt() != null,
					p.fundingWithdrawnAt() != null, p.fundingWithdrawalReason(), p.promotedAt() != null);
		})
			.sorted(Comparator.comparing(Row::rankingScore, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Row::proposalId))
			.toList();
	}
}

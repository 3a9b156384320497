package org.practiceexchange.call;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreads reviewers over proposals: each proposal gets up to the wanted number of reviewers, each
 * time the eligible reviewer with the fewest assignments so far (lowest id on a tie), never one
 * who belongs to an organisation on the proposal or was assigned it before, and never beyond the
 * cap.
 */
final class EvenSpread {

	private EvenSpread() {
	}

	record Candidate(Long reviewerId, Collection<Long> organisationIds, int load) {
	}

	record Need(Long proposalId, Set<Long> organisationIds, Set<Long> alreadyAssigned, int activeReviews) {
	}

	record Plan(List<Map.Entry<Long, Long>> assignments, int unfilled) {
	}

	static Plan plan(List<Need> needs, List<Candidate> reviewers, int perProposal, int cap) {
		Map<Long, Integer> load = new HashMap<>();
		reviewers.forEach(r -> load.put(r.reviewerId(), r.load()));
		List<Map.Entry<Long, Long>> assignments = new ArrayList<>();
		int unfilled = 0;
		for (Need need : needs) {
			Set<Long> taken = new HashSet<>(need.alreadyAssigned());
			for (int missing = perProposal - need.activeReviews(); missing > 0; missing--) {
				Candidate chosen = reviewers.stream()
					.filter(r -> !taken.contains(r.reviewerId()))
					.filter(r -> r.organisationIds().stream().noneMatch(need.organisationIds()::contains))
					.filter(r -> load.get(r.reviewerId()) < cap)
					.min(Comparator.comparing((Candidate r) -> load.get(r.reviewerId())).thenComparing(Candidate::reviewerId))
					.orElse(null);
				if (chosen == null) {
					unfilled += missing;
					break;
				}
				taken.add(chosen.reviewerId());
				load.merge(chosen.reviewerId(), 1, Integer::sum);
				assignments.add(Map.entry(need.proposalId(), chosen.reviewerId()));
			}
		}
		return new Plan(assignments, unfilled);
	}
}

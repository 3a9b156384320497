package org.practiceexchange.call;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvenSpreadTests {

	static EvenSpread.Need need(long proposal, Set<Long> organisations) {
		return new EvenSpread.Need(proposal, organisations, Set.of(), 0);
	}

	static EvenSpread.Candidate reviewer(long id, Long... organisations) {
		return new EvenSpread.Candidate(id, List.of(organisations), 0);
	}

	@Test
	void spreadsLoadEvenlyAcrossReviewers() {
		EvenSpread.Plan plan = EvenSpread.plan(
				List.of(need(1, Set.of(100L)), need(2, Set.of(101L)), need(3, Set.of(102L)), need(4, Set.of(103L))),
				List.of(reviewer(10, 200L), reviewer(11, 201L), reviewer(12, 202L), reviewer(13, 203L)), 2, 10);
		assertThat(plan.unfilled()).isZero();
		Map<Long, Long> perReviewer = plan.assignments().stream().collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
		assertThat(perReviewer.values()).containsOnly(2L);
		Map<Long, Long> perProposal = plan.assignments().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
		assertThat(perProposal.values()).containsOnly(2L);
	}

	@Test
	void neverAssignsAReviewerFromAnOrganisationOnTheProposal() {
		EvenSpread.Plan plan = EvenSpread.plan(List.of(need(1, Set.of(100L, 101L))),
				List.of(reviewer(10, 101L), reviewer(11, 300L), reviewer(12, 100L)), 3, 10);
		assertThat(plan.assignments()).containsExactly(Map.entry(1L, 11L));
		assertThat(plan.unfilled()).isEqualTo(2);
	}

	@Test
	void theCapLeavesPlacesUnfilledRatherThanOverloadingAReviewer() {
		EvenSpread.Plan plan = EvenSpread.plan(List.of(need(1, Set.of()), need(2, Set.of()), need(3, Set.of())),
				List.of(reviewer(10), reviewer(11)), 1, 1);
		assertThat(plan.assignments()).containsExactly(Map.entry(1L, 10L), Map.entry(2L, 11L));
		assertThat(plan.unfilled()).isEqualTo(1);
	}

	@Test
	void existingLoadAndEarlierAssignmentsAreTakenIntoAccount() {
		EvenSpread.Plan plan = EvenSpread.plan(List.of(new EvenSpread.Need(1L, Set.of(), Set.of(10L, 12L), 1)),
				List.of(new EvenSpread.Candidate(10L, List.of(), 0), new EvenSpread.Candidate(11L, List.of(), 5),
						new EvenSpread.Candidate(12L, List.of(), 0), new EvenSpread.Candidate(13L, List.of(), 2)),
				2, 10);
		assertThat(plan.assignments()).as("12 stepped away (conflict) and 10 already has it").containsExactly(Map.entry(1L, 13L));
	}
}

package org.practiceexchange.call;

import java.time.Instant;
import java.util.List;

/** A call as pages and the API show it. */
record CallView(Long id, Long programmeId, String programmeName, Long cohortId, String title, String description,
		String eligibility, String guidance, int minimumPartners, int capacity, long budgetPerProject, int scoreMax,
		List<FundingCall.Criterion> criteria, Instant opensAt, Instant closesAt, CallStatus status) {

	public boolean open() {
		return status == CallStatus.OPEN;
	}

	public int totalWeight() {
		return criteria.stream().mapToInt(FundingCall.Criterion::weight).sum();
	}

	/** What GET /api/calls promises: id, title, status, closes (plus opens and programme). */
	record Listed(Long id, String title, CallStatus status, Instant opens, Instant closes, Long programmeId) {
	}

	public Listed listed() {
		return new Listed(id, title, status, opensAt, closesAt, programmeId);
	}
}

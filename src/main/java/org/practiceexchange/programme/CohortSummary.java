package org.practiceexchange.programme;

import java.time.LocalDate;

public record CohortSummary(Long id, Long programmeId, String name, LocalDate startsOn, LocalDate endsOn,
		CohortStatus status, String schedule, Integer capacity) {

	public boolean takesApplications() {
		return status == CohortStatus.OPEN;
	}
}

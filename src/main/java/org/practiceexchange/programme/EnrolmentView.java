package org.practiceexchange.programme;

import java.time.Instant;

/** An application as pages show it, with the names filled in. */
record EnrolmentView(Long id, Long programmeId, String programmeName, Long cohortId, String cohortName, Long personId,
		String personName, String personEmail, String organisationName, String statement, EnrolmentStatus status,
		Instant appliedAt, Instant decidedAt, String decisionNote) {
}

package org.practiceexchange.programme;

import java.time.LocalDate;

/** A place a practitioner was accepted for: the cohort, its programme and when it starts. */
public record AcceptedPlace(Long programmeId, String programmeName, Long cohortId, String cohortName,
		LocalDate startsOn) {
}

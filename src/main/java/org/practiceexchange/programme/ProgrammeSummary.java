package org.practiceexchange.programme;

import java.util.List;

/** What other modules and the API may know of a programme. */
public record ProgrammeSummary(Long id, String name, String summary, String description, ProgrammeModel model,
		ProgrammeStatus status, int startYear, Integer endYear, String howToTakePart, List<ThemeSummary> themes,
		List<CohortSummary> cohorts) {

	/** "2015–2022", "2024/25" style: one year, or the span. */
	public String years() {
		if (endYear == null) {
			return startYear + " onwards";
		}
		if (endYear == startYear) {
			return String.valueOf(startYear);
		}
		if (endYear == startYear + 1) {
			return startYear + "/" + String.format("%02d", endYear % 100);
		}
		return startYear + "–" + endYear;
	}
}

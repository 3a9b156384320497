package org.practiceexchange.report;

import java.time.Instant;
import java.util.List;

/**
 * A signed-off report as other modules see it (the conference pre-fills an application from it):
 * the text of its latest signed-off version, the project's theme, the measures that changed
 * ("name: before to after") and the output published from it, if any.
 */
public record ReportRecord(Long id, ReportKind kind, Long inquiryId, Long projectId, Long authorId, String title,
		String summary, List<Long> themeIds, List<String> measuresChanged, int signedOffVersion, Instant signedOffAt,
		Long outputId) {

	public ReportRecord {
		themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
		measuresChanged = measuresChanged == null ? List.of() : List.copyOf(measuresChanged);
	}
}

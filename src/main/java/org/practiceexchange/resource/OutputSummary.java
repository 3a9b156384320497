package org.practiceexchange.resource;

import java.time.Instant;
import java.util.List;

/** What other modules and the API may know of an output. */
public record OutputSummary(Long id, String title, String summary, String authors, OutputType type, Licence licence,
		Long programmeId, String programmeName, Integer year, List<String> themes, List<String> organisations,
		String region, Long projectId, Long reportId, OutputStatus status, Instant publishedAt, long downloads,
		String url) {
}

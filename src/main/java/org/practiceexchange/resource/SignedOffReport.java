package org.practiceexchange.resource;

import java.util.List;

/**
 * A signed-off report to publish as an output in one step: the report module sends its PDF and
 * metadata. The report was already signed off, so it is published without a further approval.
 */
public record SignedOffReport(Long reportId, Long projectId, Long programmeId, Long proposerId, String title,
		String summary, String authors, Integer year, List<Long> themeIds, Licence licence, String fileName,
		byte[] pdf) {
}

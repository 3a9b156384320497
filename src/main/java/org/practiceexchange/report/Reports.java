package org.practiceexchange.report;

import java.util.List;
import java.util.Optional;

/**
 * The report module's public API for other modules. It answers without checking who asks:
 * callers show signed-off work only to those it belongs to.
 */
public interface Reports {

	/** The author's reports that have a signed-off version, newest first. */
	List<ReportRecord> signedOffBy(Long authorId);

	/** A report's latest signed-off version; empty when it has none (or does not exist). */
	Optional<ReportRecord> signedOff(Long reportId);

	/**
	 * Signed-off outcome reports of projects whose lead provider is one of these organisations,
	 * newest first: what a provider lead of the lead provider may offer to the conference.
	 */
	List<ReportRecord> signedOffOutcomeReportsLedBy(java.util.Collection<Long> organisationIds);
}

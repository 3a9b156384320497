package org.practiceexchange.report;

/** A practitioner's report of one inquiry, or a project's outcome report. */
public enum ReportKind {
	PRACTITIONER, OUTCOME
}

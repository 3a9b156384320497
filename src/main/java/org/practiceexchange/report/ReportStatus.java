package org.practiceexchange.report;

/**
 * Where a report is in its sign-off: the author drafts and submits it; the mentor (or, for an
 * outcome report, the validator) sends comments back or signs it off; the author revises and
 * resubmits. A correction after sign-off is a new draft version.
 */
public enum ReportStatus {
	DRAFT, SUBMITTED, COMMENTED, REVISED, SIGNED_OFF;

	/** Whether the author may change the text now. */
	boolean editable() {
		return this == DRAFT || this == COMMENTED;
	}

	/** Whether it waits for the signer's decision. */
	boolean awaitingDecision() {
		return this == SUBMITTED || this == REVISED;
	}
}

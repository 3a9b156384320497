package org.practiceexchange.shared.privacy;

/**
 * The audit trail: who changed what, when, and how it was before and after. Each call appends one
 * row in the caller's transaction, so the row exists exactly when the change does. The one who acts
 * is the signed-in person of the current request (none for scheduled jobs and start-up work).
 */
public interface Audit {

	/**
	 * Records a change. {@code before} and {@code after} are short text or JSON descriptions of the
	 * record's relevant state; either may be {@code null} (created, removed, or not meaningful).
	 */
	void record(String action, String recordType, Long recordId, String before, String after);
}

package org.practiceexchange.programme;

public enum ProgrammeStatus {
	/** Taking applications for at least one cohort. */
	OPEN,
	/** Under way; not taking applications. */
	RUNNING,
	/** Finished; its records stay published. */
	CLOSED,
	/** Closed once, then offered again. */
	RELAUNCHED;

	public boolean isActive() {
		return this != CLOSED;
	}
}

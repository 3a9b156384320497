package org.practiceexchange.consultation;

/** Where an owned action stands. */
enum ActionStatus {
	PLANNED, IN_PROGRESS, DONE, DROPPED
}

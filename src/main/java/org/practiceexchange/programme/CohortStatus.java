package org.practiceexchange.programme;

public enum CohortStatus {
	PLANNED, OPEN, RUNNING, CLOSED
}

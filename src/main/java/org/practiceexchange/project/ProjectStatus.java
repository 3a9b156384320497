package org.practiceexchange.project;

public enum ProjectStatus {
	FORMING, RUNNING, REPORTING, CLOSED
}

package org.practiceexchange.project;

public enum SessionKind {
	METHODOLOGY, PLAN_VISIT, MIDWAY_REVIEW, SET_MEETING, EVALUATION, OTHER
}

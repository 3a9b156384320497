package org.practiceexchange.project;

/** What sort of joint work a project is. */
public enum ProjectKind {
	JPD_PROJECT, ACTION_LEARNING_SET, EXCHANGE_GROUP, RESEARCH_PROJECT
}

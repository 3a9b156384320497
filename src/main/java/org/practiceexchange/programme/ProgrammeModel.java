package org.practiceexchange.programme;

/** How a programme's work is organised. */
public enum ProgrammeModel {
	ACTION_RESEARCH, ACTION_LEARNING_SET, COLLABORATIVE_JPD, EXCHANGE_GROUP, RESOURCE_PROJECT
}

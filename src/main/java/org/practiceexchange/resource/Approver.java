package org.practiceexchange.resource;

/** Who approves outputs proposed in a programme. */
public enum Approver {
	PROGRAMME_MANAGER, PROJECT_VALIDATOR
}

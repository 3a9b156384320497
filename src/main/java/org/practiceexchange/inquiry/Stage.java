package org.practiceexchange.inquiry;

/** The action-research cycle, in order. */
public enum Stage {
	AUDIT, PLAN, INTERVENE, REAUDIT, EVALUATE, COMPLETE;

	Stage next() {
		return values()[ordinal() + 1];
	}
}

package org.practiceexchange.synthesis;

/** What a synthesis gathers: every project of a programme, of one cohort, or on one theme. */
enum Scope {
	PROGRAMME, COHORT, THEME
}

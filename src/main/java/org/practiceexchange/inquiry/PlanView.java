package org.practiceexchange.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version of the action plan as pages and the API show it. */
record PlanView(int version, Instant createdAt, List<ActionView> actions) {

	record ActionView(String what, String who, LocalDate dueOn, String successCriterion) {
	}
}

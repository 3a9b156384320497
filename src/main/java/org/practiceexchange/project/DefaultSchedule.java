package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeModel;

/**
 * The schedule a programme's model suggests for a new project: two methodology sessions at the
 * start, a visit to refine each action plan, a mid-way review and an end-of-project evaluation
 * (action learning sets also meet in between), with the milestones that go with them.
 */
final class DefaultSchedule {

	record PlannedSession(SessionKind kind, String title, LocalDate date, LocalTime start, LocalTime end, String place) {
	}

	record PlannedMilestone(String title, LocalDate dueOn) {
	}

	private DefaultSchedule() {
	}

	static List<PlannedSession> sessions(ProgrammeModel model, CohortSummary cohort) {
		LocalDate start = cohort.startsOn();
		LocalDate end = end(cohort);
		LocalDate middle = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
		List<PlannedSession> sessions = new ArrayList<>();
		sessions.add(new PlannedSession(SessionKind.METHODOLOGY, "Methodology session 1: the action-research cycle", start,
				LocalTime.of(10, 0), LocalTime.of(15, 30), "To be confirmed"));
		sessions.add(new PlannedSession(SessionKind.METHODOLOGY, "Methodology session 2: measures and baseline evidence",
				start.plusWeeks(2), LocalTime.of(10, 0), LocalTime.of(15, 30), "To be confirmed"));
		sessions.add(new PlannedSession(SessionKind.PLAN_VISIT, "Visit to refine each action plan", start.plusWeeks(6),
				LocalTime.of(13, 0), LocalTime.of(15, 0), "Each practitioner's own setting"));
		if (model == ProgrammeModel.ACTION_LEARNING_SET || model == ProgrammeModel.EXCHANGE_GROUP) {
			sessions.add(new PlannedSession(SessionKind.SET_MEETING, "Group meeting", start.plusWeeks(10),
					LocalTime.of(14, 0), LocalTime.of(16, 30), "To be confirmed"));
		}
		sessions.add(new PlannedSession(SessionKind.MIDWAY_REVIEW, "Mid-way review", middle, LocalTime.of(14, 0),
				LocalTime.of(16, 0), "To be confirmed"));
		if (model == ProgrammeModel.ACTION_LEARNING_SET || model == ProgrammeModel.EXCHANGE_GROUP) {
			sessions.add(new PlannedSession(SessionKind.SET_MEETING, "Group meeting", middle.plusWeeks(6),
					LocalTime.of(14, 0), LocalTime.of(16, 30), "To be confirmed"));
		}
		sessions.add(new PlannedSession(SessionKind.EVALUATION, "End-of-project evaluation", end.minusWeeks(2),
				LocalTime.of(10, 0), LocalTime.of(13, 0), "To be confirmed"));
		return sessions;
	}

	static List<PlannedMilestone> milestones(CohortSummary cohort) {
		LocalDate start = cohort.startsOn();
		LocalDate end = end(cohort);
		LocalDate middle = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
		return List.of(new PlannedMilestone("Baseline audit recorded", start.plusWeeks(5)),
				new PlannedMilestone("Action plan agreed with the mentor", start.plusWeeks(7)),
				new PlannedMilestone("Intervention under way, log started", middle),
				new PlannedMilestone("Re-audit recorded", end.minusWeeks(4)),
				new PlannedMilestone("Evaluation written", end.minusWeeks(1)));
	}

	private static LocalDate end(CohortSummary cohort) {
		return cohort.endsOn() != null ? cohort.endsOn() : cohort.startsOn().plusMonths(9);
	}
}

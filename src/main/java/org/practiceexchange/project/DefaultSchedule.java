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
 * (action learning sets also meet in between), with the milestones that go with them. It is laid
 * out from the later of the cohort's start and the day it is made (a project funded after its
 * cohort began starts from its funding date, never in the past), every date moved on to the next
 * working day in England when it would fall on a weekend or a bank holiday ({@link WorkingDays}).
 */
final class DefaultSchedule {

	record PlannedSession(SessionKind kind, String title, LocalDate date, LocalTime start, LocalTime end, String place) {
	}

	record PlannedMilestone(String title, LocalDate dueOn) {
	}

	private DefaultSchedule() {
	}

	static List<PlannedSession> sessions(ProgrammeModel model, CohortSummary cohort, LocalDate from) {
		LocalDate start = start(cohort, from);
		LocalDate end = end(cohort, from);
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
		return sessions.stream().map(session -> new PlannedSession(session.kind(), session.title(),
				working(session.date(), start), session.start(), session.end(), session.place())).toList();
	}

	static List<PlannedMilestone> milestones(CohortSummary cohort, LocalDate from) {
		LocalDate start = start(cohort, from);
		LocalDate end = end(cohort, from);
		LocalDate middle = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
		return List.of(new PlannedMilestone("Baseline audit recorded", working(start.plusWeeks(5), start)),
				new PlannedMilestone("Action plan agreed with the mentor", working(start.plusWeeks(7), start)),
				new PlannedMilestone("Intervention under way, log started", working(middle, start)),
				new PlannedMilestone("Re-audit recorded", working(end.minusWeeks(4), start)),
				new PlannedMilestone("Evaluation written", working(end.minusWeeks(1), start)));
	}

	/** The first working day on or after both the cohort's start and the day the schedule is made. */
	static LocalDate start(CohortSummary cohort, LocalDate from) {
		LocalDate start = cohort.startsOn().isBefore(from) ? from : cohort.startsOn();
		return WorkingDays.england().onOrAfter(start);
	}

	private static LocalDate end(CohortSummary cohort, LocalDate from) {
		LocalDate end = cohort.endsOn() != null ? cohort.endsOn() : cohort.startsOn().plusMonths(9);
		// a project funded late in its cohort still gets room for its cycle: never a schedule that runs backwards
		LocalDate start = start(cohort, from);
		return end.isBefore(start.plusWeeks(12)) ? start.plusWeeks(12) : end;
	}

	/** The date, or the next working day, and never before the schedule's start. */
	private static LocalDate working(LocalDate date, LocalDate start) {
		return WorkingDays.england().onOrAfter(date.isBefore(start) ? start : date);
	}
}

package org.practiceexchange.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.practiceexchange.programme.CohortStatus;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeModel;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days in England and the default schedule laid out on them, from the day it is made. */
class WorkingDaysTests {

	final WorkingDays days = WorkingDays.england();

	@Test
	void weekendsAndEnglishBankHolidaysAreNotWorkingDays() {
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday 2027").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute 2026").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 27))).as("a Saturday").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 30))).as("the Tuesday after Easter").isTrue();
		assertThat(days.bankHoliday(LocalDate.of(2028, 1, 3))).contains("New Year's Day (substitute day)");
		// Christmas Day 2026 is a Friday, Boxing Day's substitute the Monday after
		assertThat(days.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(days.onOrAfter(LocalDate.of(2027, 12, 24))).isEqualTo(LocalDate.of(2027, 12, 24));
		assertThat(days.onOrAfter(LocalDate.of(2027, 12, 25))).isEqualTo(LocalDate.of(2027, 12, 29));
	}

	@Test
	void theFileHasEightBankHolidaysEachYearFrom2025To2029NoneOnAWeekend() {
		for (int year = 2025; year <= 2029; year++) {
			LocalDate first = LocalDate.of(year, 1, 1);
			List<LocalDate> holidays = Stream.iterate(first, d -> d.getYear() == first.getYear(), d -> d.plusDays(1))
				.filter(d -> days.bankHoliday(d).isPresent()).toList();
			assertThat(holidays).as("bank holidays in %s", year).hasSize(8);
			assertThat(holidays).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
		}
	}

	static CohortSummary cohort(LocalDate startsOn, LocalDate endsOn) {
		return new CohortSummary(1L, 1L, "Cohort", startsOn, endsOn, CohortStatus.OPEN, null, null);
	}

	@Test
	void theScheduleStartsOnTheFirstWorkingDayAndNoSessionOrMilestoneFallsOnADayOff() {
		// the cohort starts on Good Friday 2027: the first session is the Tuesday after Easter Monday
		CohortSummary cohort = cohort(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 12, 24));
		List<DefaultSchedule.PlannedSession> sessions = DefaultSchedule.sessions(ProgrammeModel.ACTION_LEARNING_SET, cohort,
				LocalDate.of(2027, 1, 4));
		assertThat(sessions.get(0).date()).isEqualTo(LocalDate.of(2027, 3, 30));
		assertThat(sessions).allSatisfy(s -> assertThat(days.isWorkingDay(s.date())).as(s.title() + " on " + s.date()).isTrue());
		assertThat(DefaultSchedule.milestones(cohort, LocalDate.of(2027, 1, 4)))
			.allSatisfy(m -> assertThat(days.isWorkingDay(m.dueOn())).as(m.title() + " on " + m.dueOn()).isTrue());
	}

	@Test
	void aProjectFundedAfterItsCohortBeganIsScheduledFromItsFundingDateNeverBefore() {
		CohortSummary cohort = cohort(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 16));
		LocalDate funded = LocalDate.of(2027, 2, 13); // a Saturday
		List<DefaultSchedule.PlannedSession> sessions = DefaultSchedule.sessions(ProgrammeModel.COLLABORATIVE_JPD, cohort, funded);
		assertThat(sessions.get(0).date()).isEqualTo(LocalDate.of(2027, 2, 15));
		assertThat(sessions).allSatisfy(s -> {
			assertThat(s.date()).isAfterOrEqualTo(funded);
			assertThat(days.isWorkingDay(s.date())).isTrue();
		});
		assertThat(sessions).extracting(DefaultSchedule.PlannedSession::date).isSorted();
		assertThat(DefaultSchedule.milestones(cohort, funded)).allSatisfy(m -> assertThat(m.dueOn()).isAfterOrEqualTo(funded));
	}
}

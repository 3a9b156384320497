package org.practiceexchange.call;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A funded proposal becomes a project in the cohort its call names, never in one that has ended,
 * with the programme's default schedule laid out from the funding date on working days.
 */
@IntegrationTest
class FundedProjectStartTests {

	@Autowired
	CallFixtures fixtures;

	@Autowired
	CallService calls;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	DecisionService decisions;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	void at(LocalDate day) {
		clock.setInstant(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	Long fundOne(CallView call, LocalDate decidedOn) {
		Long proposal = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		at(decidedOn);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		decisions.decide(manager.id(), proposal, Decision.FUND, null);
		return proposal;
	}

	List<LocalDate> sessionDays(Long projectId) {
		return jdbc.queryForList("select starts_at from project_session where project_id = ? order by starts_at", java.sql.Timestamp.class,
				projectId).stream().map(t -> t.toInstant().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalDate()).toList();
	}

	@Test
	void aFundedProposalStartsInTheCallsCohortWithItsScheduleFromTheFundingDateOnWorkingDays() {
		at(LocalDate.of(2027, 3, 1));
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		programmes.anOpenCohort(programme.id(), LocalDate.of(2027, 9, 6), LocalDate.of(2027, 12, 17));
		CohortSummary named = programmes.anOpenCohort(programme.id(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17));
		CallView call = fixtures.anOpenCallIn(programme.id(), named.id(), 1);
		// funded on Thursday 25 March 2027, the day before Good Friday; Easter Monday is the 29th
		Long proposal = fundOne(call, LocalDate.of(2027, 3, 25));
		decisions.release(call.id());

		Map<String, Object> project = jdbc.queryForMap("select id, cohort_id from project where proposal_id = ?", proposal);
		assertThat(((Number) project.get("cohort_id")).longValue()).as("the cohort the call names").isEqualTo(named.id());
		List<LocalDate> days = sessionDays(((Number) project.get("id")).longValue());
		assertThat(days).as("the default schedule, added automatically").hasSizeGreaterThanOrEqualTo(5);
		assertThat(days.get(0)).isEqualTo(LocalDate.of(2027, 3, 25));
		assertThat(days).allSatisfy(day -> {
			assertThat(day).isAfterOrEqualTo(LocalDate.of(2027, 3, 25));
			assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(day).isNotIn(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
					LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30));
		});
		List<Date> milestones = jdbc.queryForList("select due_on from milestone where project_id = ?", Date.class, project.get("id"));
		assertThat(milestones).isNotEmpty().allSatisfy(due -> assertThat(due.toLocalDate()).isAfterOrEqualTo(LocalDate.of(2027, 3, 25)));
	}

	@Test
	void aCallCannotNameACohortThatHasEnded() {
		at(LocalDate.of(2027, 8, 2));
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		CohortSummary ended = programmes.anOpenCohort(programme.id(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 16));
		assertThatThrownBy(() -> fixtures.anOpenCallIn(programme.id(), ended.id(), 1))
			.isInstanceOfSatisfying(DomainRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("cohortId");
				assertThat(ex.getMessage()).contains("has ended");
			});
	}

	@Test
	void whenTheCallsCohortEndsBeforeTheReleaseTheReleaseIsRefusedUntilTheProgrammeHasACurrentCohortWhichTheProjectJoins() {
		at(LocalDate.of(2027, 6, 1));
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		CohortSummary named = programmes.anOpenCohort(programme.id(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 11));
		CallView call = fixtures.anOpenCallIn(programme.id(), named.id(), 1);
		Long proposal = fundOne(call, LocalDate.of(2027, 6, 21));

		assertThatThrownBy(() -> decisions.release(call.id())).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("has ended and its programme has no current cohort");
		assertThat(jdbc.queryForObject("select decision_released_at is null from proposal where id = ?", Boolean.class, proposal)).isTrue();

		CohortSummary current = programmes.anOpenCohort(programme.id(), LocalDate.of(2027, 9, 6), LocalDate.of(2027, 12, 17));
		decisions.release(call.id());
		Map<String, Object> project = jdbc.queryForMap("select id, cohort_id from project where proposal_id = ?", proposal);
		assertThat(((Number) project.get("cohort_id")).longValue()).as("never the ended cohort").isEqualTo(current.id());
		assertThat(sessionDays(((Number) project.get("id")).longValue()).get(0)).as("the new cohort's first day").isEqualTo(LocalDate.of(2027, 9, 6));
	}
}

package org.practiceexchange.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviews' scores, moderation, decisions and their release each leave a row in the audit trail. */
@IntegrationTest
class CallAuditTests {

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DecisionService decisions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CallService calls;

	@Autowired
	org.practiceexchange.AuditRows audit;

	@Autowired
	java.time.Clock clock;

	@Test
	void scoresModerationDecisionsAndTheirReleaseAreAudited() {
		CallView call = fixtures.anOpenCall();
		Long proposal = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, proposal, reviewer);

		fixtures.review(reviewer, assignment, 4, 3);
		assertThat(trail("ReviewAssignment", assignment)).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("REVIEW_SUBMITTED");
			assertThat(row.get("AFTER_VALUE").toString()).contains("scores=[4, 3]", "recommendation=FUND");
		});

		fixtures.pastTheDeadlineOf(call);
		decisions.moderate(manager.id(), proposal, new BigDecimal("4.50"), "Agreed at the panel");
		decisions.decide(manager.id(), proposal, Decision.FUND, "Well argued.");
		assertThat(trail("Proposal", proposal)).extracting(row -> row.get("ACTION"))
			.containsExactly("PROPOSAL_SCORE_MODERATED", "PROPOSAL_DECIDED");
		decisions.release(call.id());
		assertThat(trail("Call", call.id())).extracting(row -> row.get("ACTION")).startsWith("CALL_PUBLISHED")
			.endsWith("CALL_DECISIONS_RELEASED").containsOnlyOnce("CALL_DECISIONS_RELEASED");
	}

	@Test
	void publishingAndReschedulingACallAreAuditedWithWhoBeforeAndAfter() {
		CallView draft = fixtures.aDraftCall();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());

		audit.as(manager, () -> calls.publish(draft.id()));
		java.time.Instant opens = clock.instant().minus(java.time.Duration.ofDays(2));
		java.time.Instant closes = clock.instant().plus(java.time.Duration.ofDays(10));
		audit.as(manager, () -> calls.reschedule(draft.id(), opens, closes));

		var rows = audit.of("Call", draft.id());
		assertThat(rows).extracting(row -> row.get("ACTION")).containsExactly("CALL_PUBLISHED", "CALL_RESCHEDULED");
		assertThat(rows).extracting(row -> ((Number) row.get("ACTOR_ID")).longValue()).containsOnly(manager.id());
		assertThat(rows.get(0).get("BEFORE_VALUE")).isEqualTo("status=DRAFT");
		assertThat(rows.get(0).get("AFTER_VALUE")).isEqualTo("status=OPEN");
		assertThat(rows.get(1).get("BEFORE_VALUE").toString()).contains("closesAt=" + draft.closesAt());
		assertThat(rows.get(1).get("AFTER_VALUE").toString()).isEqualTo(
				"opensAt=" + opens + "; closesAt=" + closes + "; status=OPEN");
	}

	@Test
	void aRefusedPublicationOrRescheduleWritesNoRow() {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		int before = audit.of("Call", call.id()).size();

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager, () -> calls.publish(call.id())))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager,
				() -> calls.reschedule(call.id(), clock.instant(), clock.instant().minusSeconds(60))))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);
		assertThat(audit.of("Call", call.id())).hasSize(before);
	}

	private List<Map<String, Object>> trail(String type, Long id) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select action, before_value, after_value from audit_event where record_type = ? and record_id = ? order by id",
				type, id);
		return rows.stream().map(row -> {
			Map<String, Object> upper = new java.util.LinkedHashMap<>();
			row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
			return upper;
		}).toList();
	}
}

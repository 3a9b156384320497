package org.practiceexchange.consultation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A consultation's matrix import and its state changes each leave a row in the audit trail. */
@IntegrationTest
class ConsultationAuditTests {

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OwnedActionService actions;

	@Autowired
	org.practiceexchange.account.AccountFixtures accounts;

	@Autowired
	org.practiceexchange.AuditRows audit;

	@Test
	void theImportTheOpeningAndTheClosingAreAudited() {
		Long id = fixtures.aClosedConsultation();

		List<String> actions = jdbc.queryForList("select action from audit_event where record_type = 'Consultation' "
				+ "and record_id = ? order by id", String.class, id);
		assertThat(actions).containsExactly("CONSULTATION_MATRIX_IMPORTED", "CONSULTATION_OPENED", "CONSULTATION_CLOSED");
		assertThat(jdbc.queryForObject("select after_value from audit_event where record_type = 'Consultation' "
				+ "and record_id = ? and action = 'CONSULTATION_MATRIX_IMPORTED'", String.class, id))
			.containsPattern("^\\d+ recommendations; \\d+ categories$");
	}

	@Test
	void theOpeningAndClosingSayWhoAndRefusedStateChangesWriteNoRow() {
		org.practiceexchange.account.SignedInPerson manager = accounts
			.aPerson(org.practiceexchange.account.Role.PROGRAMME_MANAGER);
		Long draft = fixtures.aDraft();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager, () -> consultations.open(draft)))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager, () -> consultations.close(draft)))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);
		assertThat(audit.of("Consultation", draft)).isEmpty();

		Long open = fixtures.anOpenConsultation();
		audit.as(manager, () -> consultations.close(open));
		assertThat(audit.of("Consultation", open)).last().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("CONSULTATION_CLOSED");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=OPEN");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=CLOSED");
		});
	}

	@Test
	void actionsOwnedAfterAConsultationAreAuditedAsTheyAreAddedAndProgressAndARefusalWritesNoRow() {
		org.practiceexchange.account.SignedInPerson manager = accounts
			.aPerson(org.practiceexchange.account.Role.PROGRAMME_MANAGER);
		Long id = fixtures.anOpenConsultation();
		Long recommendation = fixtures.view(id).recommendations().get(0).id();
		Long owner = accounts.anOrganisation().id();

		Long action = audit.as(manager, () -> actions.add(id, new ActionForm(recommendation, owner, "Write the guidance", null)));
		audit.as(manager, () -> actions.progress(id, action, ActionStatus.IN_PROGRESS, "Started", manager.id()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager,
				() -> actions.progress(id, action, ActionStatus.DONE, " ", manager.id())))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);
		audit.as(manager, () -> actions.progress(id, action, ActionStatus.DONE, "Published", manager.id()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.as(manager,
				() -> actions.progress(id, action, ActionStatus.IN_PROGRESS, "Again", manager.id())))
			.isInstanceOf(org.practiceexchange.shared.DomainRuleException.class);

		var rows = audit.of("OwnedAction", action);
		assertThat(rows).extracting(row -> row.get("ACTION")).containsExactly("CONSULTATION_ACTION_ADDED",
				"CONSULTATION_ACTION_PROGRESSED", "CONSULTATION_ACTION_PROGRESSED");
		assertThat(rows).extracting(row -> ((Number) row.get("ACTOR_ID")).longValue()).containsOnly(manager.id());
		assertThat(rows).extracting(row -> row.get("BEFORE_VALUE")).containsExactly(null, "status=PLANNED",
				"status=IN_PROGRESS");
		assertThat(rows).extracting(row -> row.get("AFTER_VALUE").toString().split(";")[0])
			.containsExactly("status=PLANNED", "status=IN_PROGRESS", "status=DONE");
	}
}

package org.practiceexchange.resource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.AuditRows;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Approving an output and sending it back are audited; a refused decision is not. */
@IntegrationTest
class OutputAuditTests {

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	OutputService outputs;

	@Autowired
	AuditRows audit;

	@Test
	void approvalAndSendingBackAreAuditedWithWhoBeforeAndAfterAndRefusalsWriteNoRow() {
		SignedInPerson proposer = fixtures.practitioner();
		SignedInPerson manager = fixtures.manager();
		Output sentBack = propose(proposer, "Sent back");
		Output approved = propose(proposer, "Approved");

		assertThatThrownBy(() -> audit.as(manager, () -> outputs.sendBack(manager, sentBack.id(), " ")))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> audit.as(proposer, () -> outputs.approve(proposer, approved.id())))
			.isInstanceOfAny(AccessDeniedException.class, org.practiceexchange.shared.RecordNotFoundException.class);
		assertThat(audit.of("Output", sentBack.id())).isEmpty();
		assertThat(audit.of("Output", approved.id())).isEmpty();

		audit.as(manager, () -> outputs.sendBack(manager, sentBack.id(), "Add the references"));
		audit.as(manager, () -> outputs.approve(manager, approved.id()));

		assertThat(audit.of("Output", sentBack.id())).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("OUTPUT_SENT_BACK");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=PROPOSED");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=RETURNED");
		});
		assertThat(audit.of("Output", approved.id())).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("OUTPUT_APPROVED");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=PROPOSED");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=PUBLISHED");
		});
		assertThatThrownBy(() -> audit.as(manager, () -> outputs.approve(manager, approved.id())))
			.isInstanceOf(DomainRuleException.class);
		assertThat(audit.of("Output", approved.id())).hasSize(1);
	}

	private Output propose(SignedInPerson proposer, String title) {
		return fixtures.proposedBy(proposer, fixtures.proposal(org.practiceexchange.account.AccountFixtures.unique(title),
				OutputType.OTHER, Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("SEND")), null), "x");
	}
}

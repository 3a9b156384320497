package org.practiceexchange.programme;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.AuditRows;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accepting and declining an application to a cohort are audited; a refused acceptance is not. */
@IntegrationTest
class EnrolmentAuditTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	AuditRows audit;

	@Test
	void acceptingAndDecliningAreAuditedWithWhoBeforeAndAfterAndARefusedAcceptanceWritesNoRow() {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		OrganisationSummary college = accounts.anOrganisation();
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), 1);
		Long first = programmes.anApplication(accounts.aPerson(Role.PRACTITIONER, college), cohort);
		Long second = programmes.anApplication(accounts.aPerson(Role.PRACTITIONER, college), cohort);
		Long third = programmes.anApplication(accounts.aPerson(Role.PRACTITIONER, college), cohort);

		audit.as(manager, () -> enrolments.decide(first, true, "Welcome", manager.id()));
		assertThatThrownBy(() -> audit.as(manager, () -> enrolments.decide(second, true, null, manager.id())))
			.isInstanceOf(DomainRuleException.class);
		audit.as(manager, () -> enrolments.decide(third, false, null, manager.id()));

		assertThat(audit.of("Application", first)).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("APPLICATION_ACCEPTED");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=PENDING");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=ACCEPTED; note=Welcome");
		});
		assertThat(audit.of("Application", second)).isEmpty();
		assertThat(audit.of("Application", third)).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("APPLICATION_DECLINED");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(manager.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=PENDING");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=DECLINED");
		});
	}
}

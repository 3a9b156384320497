package org.practiceexchange.programme;

import java.util.List;
import java.util.Map;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.browser.FormErrorPages;
import org.springframework.stereotype.Component;

/** The applications list, with one application's decision sent with a note that is too long. */
@Component
class ProgrammeFormErrorPages implements FormErrorPages {

	private final ProgrammeFixtures programmes;

	private final AccountFixtures accounts;

	private final EnrolmentService enrolments;

	ProgrammeFormErrorPages(ProgrammeFixtures programmes, AccountFixtures accounts, EnrolmentService enrolments) {
		this.programmes = programmes;
		this.accounts = accounts;
		this.enrolments = enrolments;
	}

	@Override
	public List<BadInput> badInputs() {
		CohortSummary cohort = programmes.anOpenCohort(programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of()).id(), null);
		Long application = programmes.anApplication(accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()), cohort);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String list = "/manage/applications?page=" + enrolments.pageOf(application, EnrolmentStatus.PENDING, 25);
		return List.of(new BadInput(manager.email(), list,
				Map.of("application-" + application + "-note", "We look forward to your observations. ".repeat(60)),
				"#application-" + application + "-form button[value=accept]"));
	}
}

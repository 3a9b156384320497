package org.practiceexchange.call;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;

/** For tests outside this module: a reviewer with a proposal assigned to them. */
@Component
public class ReviewerFixtures {

	private final CallFixtures calls;

	private final AccountFixtures accounts;

	ReviewerFixtures(CallFixtures calls, AccountFixtures accounts) {
		this.calls = calls;
		this.accounts = accounts;
	}

	/** A reviewer assigned a submitted proposal of an open call. */
	public SignedInPerson aReviewerWithAnAssignment() {
		Long proposal = calls.aSubmittedProposal(calls.aPartnership(), calls.anOpenCall());
		SignedInPerson reviewer = calls.aReviewer();
		calls.assign(accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation()), proposal, reviewer);
		return reviewer;
	}
}

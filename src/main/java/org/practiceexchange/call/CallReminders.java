package org.practiceexchange.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonStatus;
import org.practiceexchange.notification.ReminderSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the lead applicant of each proposal still in draft that its call is about to close (see
 * DailyReminders for how many days before). Submitted proposals need no reminder.
 */
@Component
@Transactional(readOnly = true)
class CallReminders implements ReminderSource {

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final People people;

	CallReminders(CallRepository calls, ProposalRepository proposals, People people) {
		this.calls = calls;
		this.proposals = proposals;
		this.people = people;
	}

	@Override
	public List<Upcoming> upcomingBetween(Instant from, Instant to) {
		List<Upcoming> upcoming = new ArrayList<>();
		for (FundingCall call : calls.findByClosesAtGreaterThanEqualAndClosesAtLessThan(from, to)) {
			for (Proposal proposal : proposals.findByCallIdAndStatusOrderByIdAsc(call.id(), ProposalStatus.DRAFT)) {
				people.find(proposal.leadPersonId()).filter(person -> person.status() == PersonStatus.ACTIVE)
					.ifPresent(person -> upcoming.add(new Upcoming("call-closes:" + proposal.id(), person.email(),
							"the closing time of \u201c" + call.title() + "\u201d for your draft proposal \u201c"
									+ proposal.title() + "\u201d",
							call.closesAt(), "/proposals/" + proposal.id() + "/edit")));
			}
		}
		return upcoming;
	}
}

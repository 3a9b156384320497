package org.practiceexchange.resource;

import java.time.LocalDate;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;

/** Outputs of a project, published or only proposed, and cascade records of sharing them. */
@Component
public class OutputReachFixtures {

	private final OutputService outputs;

	private final CascadeService cascade;

	private final AccountFixtures accounts;

	private final java.time.Clock clock;

	OutputReachFixtures(OutputService outputs, CascadeService cascade, AccountFixtures accounts, java.time.Clock clock) {
		this.outputs = outputs;
		this.cascade = cascade;
		this.accounts = accounts;
		this.clock = clock;
	}

	public Long anOutput(SignedInPerson proposer, Long projectId, List<Long> themeIds, boolean published) {
		String title = AccountFixtures.unique("Output");
		Output output = outputs.propose(proposer, new OutputForms.Proposal(title, "A summary", "Ann Author",
				OutputType.DELIVERY_GUIDE, Licence.CC_BY_4_0, null, 2026, themeIds, List.of(), projectId, null),
				"output.pdf", ResourceFixtures.pdf(title, "text"));
		if (published) {
			outputs.approve(accounts.aPerson(Role.PROGRAMME_MANAGER), output.id());
		}
		return output.id();
	}

	public void shared(SignedInPerson practitioner, Long outputId, int reached) {
		cascade.record(practitioner, new CascadeForm(LocalDate.now(clock).minusDays(1), Audience.OWN_TEAM, SharingMode.FACE_TO_FACE,
				String.valueOf(reached), outputId, null, null, null));
	}
}

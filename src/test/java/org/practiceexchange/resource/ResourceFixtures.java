package org.practiceexchange.resource;

import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationForm;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.organisation.Region;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.stereotype.Component;

/**
 * Outputs for tests, made through the module's own service: {@code anOutputProposedBy(person)},
 * {@code aPublishedOutput(...)}. A project with its external validator named comes from the project
 * module's fixtures.
 */
@Component
public class ResourceFixtures {

	private final OutputService outputs;

	private final AccountFixtures accounts;

	private final ProjectFixtures projects;

	private final Organisations organisations;

	ResourceFixtures(OutputService outputs, AccountFixtures accounts, ProjectFixtures projects,
			Organisations organisations) {
		this.organisations = organisations;
		this.outputs = outputs;
		this.accounts = accounts;
		this.projects = projects;
	}

	/** A real group (through the project module) whose project names this person as its external validator. */
	public ProjectFixtures.Group aGroupValidatedBy(SignedInPerson validator) {
		ProjectFixtures.Group group = projects.aGroup();
		projects.nameValidator(group.project(), validator);
		return group;
	}

	public static byte[] pdf(String title, String body) {
		return DemoOutputs.pdf(title, body);
	}

	public static byte[] png() {
		return DemoOutputs.png("A picture");
	}

	OutputForms.Proposal proposal(String title, OutputType type, Licence licence, Long programmeId, Integer year,
			List<Long> themeIds, Long projectId) {
		return new OutputForms.Proposal(title, "A summary of " + title, "Ann Author; Ben Writer", type, licence,
				programmeId, year, themeIds, List.of(), projectId, null);
	}

	Output proposedBy(SignedInPerson proposer, OutputForms.Proposal proposal, String body) {
		return outputs.propose(proposer, proposal, "output.pdf", pdf(proposal.title(), body));
	}

	Output published(SignedInPerson proposer, OutputForms.Proposal proposal, String body) {
		Output output = proposedBy(proposer, proposal, body);
		return outputs.approve(manager(), output.id());
	}

	Output view(Long id) {
		return outputs.view(manager(), id);
	}

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER);
	}

	/** A practitioner at a London college: outputs they propose count under the London region facet. */
	SignedInPerson practitioner() {
		OrganisationSummary organisation = organisations.create(new OrganisationForm(AccountFixtures.unique("London College"),
				OrganisationType.FE_COLLEGE, Region.LONDON));
		return accounts.aPerson(Role.PRACTITIONER, organisation);
	}
}

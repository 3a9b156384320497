package org.practiceexchange.report;

import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.Inquiries;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the colleague's report of her completed inquiry, written, commented on by the
 * exchange group's facilitator (the group has no research mentor, so she signs it off), revised
 * and signed off, so the report pages, the PDF and the conference's pre-filled application have
 * something to show.
 */
@Component
@Order(65)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoSignedOffReport implements ApplicationRunner {

	private final ReportWorkflow workflow;

	private final Inquiries inquiries;

	private final Projects projects;

	private final People people;

	DemoSignedOffReport(ReportWorkflow workflow, Inquiries inquiries, Projects projects, People people) {
		this.workflow = workflow;
		this.inquiries = inquiries;
		this.projects = projects;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		if (colleague.isEmpty()) {
			return;
		}
		Optional<InquiryRecord> inquiry = inquiries.byPractitioner(colleague.get().id()).stream().filter(InquiryRecord::complete)
			.findFirst();
		if (inquiry.isEmpty() || workflow.reportOfInquiry(inquiry.get().id()).isPresent()) {
			return;
		}
		ProjectSummary project = projects.find(inquiry.get().projectId()).orElseThrow();
		Optional<PersonSummary> signer = ReportAccess.signers(ReportKind.PRACTITIONER, project).stream().findFirst()
			.flatMap(people::find);
		if (signer.isEmpty()) {
			return;
		}
		SignedInPerson ruth = signedIn(colleague.get());
		SignedInPerson facilitator = signedIn(signer.get());
		Long id = workflow.startForInquiry(inquiry.get().id(), ruth);
		workflow.edit(id, ruth, DemoReportText.first());
		workflow.submit(id, ruth);
		workflow.comment(id, facilitator, new ReportForms.Comments(
				"A clear account. Please say more about how you chose the documents, and what you would tell a colleague "
						+ "starting the same routine next term: the implications read as a plan for your own team only."));
		workflow.edit(id, ruth, DemoReportText.revised());
		workflow.submit(id, ruth);
		workflow.signOff(id, facilitator);
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(), null,
				false, true);
	}
}

package org.practiceexchange.report;

import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.project.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Reports for tests, walked through the module's own workflow: {@code aReport(group, SIGNED_OFF)}
 * starts the group member's report of their complete inquiry and moves it on; {@code anOutcomeReport}
 * is started by the lead provider's lead, with the group's validator named on the project.
 */
@Component
public class ReportFixtures {

	/** A group whose project names its validator, with the member's complete inquiry. */
	public record Reporting(ProjectFixtures.Group group, ProjectSummary project, Long inquiryId) {
	}

	private final ProjectFixtures projects;

	private final InquiryFixtures inquiries;

	private final ReportWorkflow workflow;

	private final ReportService reports;

	private final org.practiceexchange.programme.ProgrammeFixtures programmes;

	ReportFixtures(ProjectFixtures projects, InquiryFixtures inquiries, ReportWorkflow workflow, ReportService reports,
			org.practiceexchange.programme.ProgrammeFixtures programmes) {
		this.programmes = programmes;
		this.projects = projects;
		this.inquiries = inquiries;
		this.workflow = workflow;
		this.reports = reports;
	}

	public Reporting aReportingGroup() {
		ProjectFixtures.Group group = projects.aGroup();
		ProjectSummary project = projects.nameValidator(group.project(), group.validator());
		return new Reporting(group, project, inquiries.anInquiry(group, Stage.COMPLETE));
	}

	/** The member's report of their complete inquiry, moved on to the status. */
	public Long aReport(Reporting r, ReportStatus status) {
		Long id = workflow.startForInquiry(r.inquiryId(), r.group().member());
		moveOn(id, r, status, r.group().member());
		return id;
	}

	/** The project's outcome report, by the lead provider's lead, moved on to the status. */
	public Long anOutcomeReport(Reporting r, ReportStatus status) {
		Long id = workflow.startForProject(r.project().id(), r.group().lead());
		workflow.edit(id, r.group().lead(), new ReportForms.Text("Outcome report", "Three providers, one toolkit", null, null,
				null, null, "Each provider ran the toolkit with two groups.", "The toolkit was promised and is in use."));
		moveOn(id, r, status, r.group().lead());
		return id;
	}

	/** The author publishes the signed-off report as an output; the output's id. */
	public Long publish(Reporting r, Long reportId) {
		return workflow.publish(reportId, r.group().member(), new ReportForms.Publish(org.practiceexchange.resource.Licence.CC_BY_4_0,
				java.util.List.of(programmes.themeId("Maths")))).id();
	}

	private void moveOn(Long id, Reporting r, ReportStatus status, org.practiceexchange.account.SignedInPerson author) {
		if (status == ReportStatus.DRAFT) {
			return;
		}
		var signer = reports.load(id).kind() == ReportKind.OUTCOME ? r.group().validator() : r.group().mentor();
		workflow.submit(id, author);
		if (status == ReportStatus.SUBMITTED) {
			return;
		}
		workflow.comment(id, signer, new ReportForms.Comments("Say more about the process."));
		if (status == ReportStatus.COMMENTED) {
			return;
		}
		workflow.submit(id, author);
		if (status == ReportStatus.REVISED) {
			return;
		}
		workflow.signOff(id, signer);
	}
}

package org.practiceexchange.report;

import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectRole;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.ProjectWork;
import org.springframework.stereotype.Component;

/** Lists a project's reports on its page, as far as the viewer may see them; the lead provider's lead starts the outcome report. */
@Component
class ProjectReports implements ProjectWork {

	private final ReportService reports;

	private final ReportWorkflow workflow;

	ProjectReports(ReportService reports, ReportWorkflow workflow) {
		this.reports = reports;
		this.workflow = workflow;
	}

	@Override
	public String headingKey() {
		return "report.inProject";
	}

	@Override
	public List<Item> workIn(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return reports.inProject(project, viewer).stream()
			.map(line -> new Item(line.title() != null ? line.title() : "Report", line.authorName(),
					"report.status." + line.status(), "/reports/" + line.id()))
			.toList();
	}

	@Override
	public String startPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return ReportAccess.mayWriteOutcomeReport(project, viewer) && workflow.outcomeReportOf(project.id()).isEmpty()
				? "/projects/" + project.id() + "/outcome-report" : null;
	}

	@Override
	public String startKey() {
		return "report.outcome.start";
	}
}

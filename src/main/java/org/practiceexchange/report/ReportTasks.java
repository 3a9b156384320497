package org.practiceexchange.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.Role;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports waiting for their signer's comments or sign-off (submitted or revised): a practitioner's
 * report for the project's research mentor (its facilitator when there is none), an outcome report
 * for the project's named validator.
 */
@Component
@Transactional(readOnly = true)
class ReportTasks implements TaskSource {

	private final ReportRepository reports;

	private final Projects projects;

	ReportTasks(ReportRepository reports, Projects projects) {
		this.reports = reports;
		this.projects = projects;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		boolean mentor = roles.contains(Role.MENTOR.name());
		boolean validator = roles.contains(Role.VALIDATOR.name());
		if (!mentor && !validator) {
			return List.of();
		}
		List<ProjectSummary> theirs = new ArrayList<>();
		if (mentor) {
			projects.involving(personId).stream().filter(project -> project.isSupporter(personId)).forEach(theirs::add);
		}
		if (validator) {
			theirs.addAll(projects.validatedBy(personId));
		}
		Map<Long, ProjectSummary> byId = theirs.stream()
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity(), (first, second) -> first));
		if (byId.isEmpty()) {
			return List.of();
		}
		List<Task> tasks = new ArrayList<>();
		for (Report report : reports.findByProjectIdInOrderByIdDesc(byId.keySet())) {
			ProjectSummary project = byId.get(report.projectId());
			if (report.status().awaitingDecision() && ReportAccess.signers(report.kind(), project).contains(personId)) {
				String role = report.kind() == ReportKind.OUTCOME ? Role.VALIDATOR.name() : Role.MENTOR.name();
				tasks.add(Task.of(role, "report-sign-off", "/reports/" + report.id(), null, "task.reportSignOff",
						report.current().title(), project.title()));
			}
		}
		return tasks;
	}
}

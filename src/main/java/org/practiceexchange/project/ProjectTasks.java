package org.practiceexchange.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's sessions in the coming seven days, and a facilitator's or mentor's sessions of the
 * last {@value #ATTENDANCE_DAYS} days whose attendance nobody has recorded. Closed projects ask for
 * nothing.
 */
@Component
@Transactional(readOnly = true)
class ProjectTasks implements TaskSource {

	static final int ATTENDANCE_DAYS = 30;

	private final ProjectRepository projects;

	private final SessionRepository sessions;

	ProjectTasks(ProjectRepository projects, SessionRepository sessions) {
		this.projects = projects;
		this.sessions = sessions;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		boolean practitioner = roles.contains(Role.PRACTITIONER.name());
		boolean supporter = roles.contains(Role.MENTOR.name());
		if (!practitioner && !supporter) {
			return List.of();
		}
		Map<Long, ProjectSummary> open = projects.involving(personId).stream()
			.map(Project::summary)
			.filter(project -> project.status() != ProjectStatus.CLOSED)
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
		if (open.isEmpty()) {
			return List.of();
		}
		Instant startOfToday = today.atStartOfDay(TimeConfiguration.LONDON).toInstant();
		Instant weekAhead = today.plusDays(7).atStartOfDay(TimeConfiguration.LONDON).toInstant();
		Instant attendanceFrom = today.minusDays(ATTENDANCE_DAYS).atStartOfDay(TimeConfiguration.LONDON).toInstant();
		List<Task> tasks = new ArrayList<>();
		for (ProjectSession session : sessions.findByProjectIdInOrderByStartsAtAsc(open.keySet())) {
			ProjectSummary project = open.get(session.projectId());
			LocalDate day = LocalDate.ofInstant(session.startsAt(), TimeConfiguration.LONDON);
			String url = "/projects/" + project.id();
			if (practitioner && project.isMember(personId) && !session.startsAt().isBefore(startOfToday)
					&& session.startsAt().isBefore(weekAhead)) {
				tasks.add(Task.of(Role.PRACTITIONER.name(), "session", url, day, "task.session", session.title(),
						project.title()));
			}
			if (supporter && project.isSupporter(personId) && session.endsAt().isBefore(startOfToday)
					&& !session.startsAt().isBefore(attendanceFrom) && session.attended().isEmpty()) {
				tasks.add(Task.of(Role.MENTOR.name(), "attendance",
						url + "/sessions/" + session.id() + "/attendance", day, "task.attendance", session.title(),
						project.title()));
			}
		}
		return tasks;
	}
}

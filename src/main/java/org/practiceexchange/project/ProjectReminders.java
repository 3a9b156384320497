package org.practiceexchange.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonStatus;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.notification.ReminderSource;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a project's people of its sessions (members, facilitator and mentor) and each member of
 * a milestone they have not yet marked done, a few days before (see DailyReminders). Closed
 * projects send nothing.
 */
@Component
@Transactional(readOnly = true)
class ProjectReminders implements ReminderSource {

	/** Milestones fall due at the end of their day; sessions at their start. */
	private static final LocalTime MILESTONE_TIME = LocalTime.of(17, 0);

	private final SessionRepository sessions;

	private final MilestoneRepository milestones;

	private final ProjectRepository projects;

	private final People people;

	ProjectReminders(SessionRepository sessions, MilestoneRepository milestones, ProjectRepository projects, People people) {
		this.sessions = sessions;
		this.milestones = milestones;
		this.projects = projects;
		this.people = people;
	}

	@Override
	public List<Upcoming> upcomingBetween(Instant from, Instant to) {
		List<ProjectSession> comingSessions = sessions.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(from, to);
		LocalDate firstDay = LocalDate.ofInstant(from, TimeConfiguration.LONDON);
		LocalDate lastDay = LocalDate.ofInstant(to.minusNanos(1), TimeConfiguration.LONDON);
		List<Milestone> dueMilestones = milestones.findByDueOnBetween(firstDay, lastDay).stream()
			.filter(m -> !due(m).isBefore(from) && due(m).isBefore(to))
			.toList();
		Set<Long> projectIds = new HashSet<>();
		comingSessions.forEach(s -> projectIds.add(s.projectId()));
		dueMilestones.forEach(m -> projectIds.add(m.projectId()));
		if (projectIds.isEmpty()) {
			return List.of();
		}
		Map<Long, ProjectSummary> open = projects.findAllById(projectIds).stream().map(Project::summary)
			.filter(p -> p.status() != ProjectStatus.CLOSED)
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
		Set<Long> everyone = new LinkedHashSet<>();
		open.values().forEach(p -> everyone.addAll(peopleOf(p)));
		Map<Long, PersonSummary> byId = people.findAll(everyone).stream()
			.filter(person -> person.status() == PersonStatus.ACTIVE)
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));

		List<Upcoming> upcoming = new ArrayList<>();
		for (ProjectSession session : comingSessions) {
			ProjectSummary project = open.get(session.projectId());
			if (project == null) {
				continue;
			}
			for (Long personId : peopleOf(project)) {
				PersonSummary person = byId.get(personId);
				if (person != null) {
					upcoming.add(new Upcoming("session:" + session.id(), person.email(),
							"the session \u201c" + session.title() + "\u201d of " + project.title(), session.startsAt(),
							"/projects/" + project.id()));
				}
			}
		}
		for (Milestone milestone : dueMilestones) {
			ProjectSummary project = open.get(milestone.projectId());
			if (project == null) {
				continue;
			}
			for (ProjectSummary.Member member : project.members()) {
				PersonSummary person = byId.get(member.personId());
				if (person != null && milestone.doneOn(member.personId()).isEmpty()) {
					upcoming.add(new Upcoming("milestone:" + milestone.id(), person.email(),
							"the milestone \u201c" + milestone.title() + "\u201d of " + project.title() + " falling due",
							due(milestone), "/projects/" + project.id()));
				}
			}
		}
		return upcoming;
	}

	private static Instant due(Milestone milestone) {
		return milestone.dueOn().atTime(MILESTONE_TIME).atZone(TimeConfiguration.LONDON).toInstant();
	}

	private static Collection<Long> peopleOf(ProjectSummary project) {
		Set<Long> ids = new LinkedHashSet<>();
		project.members().forEach(member -> ids.add(member.personId()));
		if (project.facilitatorId() != null) {
			ids.add(project.facilitatorId());
		}
		if (project.mentorId() != null) {
			ids.add(project.mentorId());
		}
		return ids;
	}
}

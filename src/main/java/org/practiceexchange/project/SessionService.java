package org.practiceexchange.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's sessions, attendance and milestone board. */
@Service
@Transactional(readOnly = true)
class SessionService {

	record SessionView(Long id, SessionKind kind, String title, Instant startsAt, Instant endsAt, String place,
			String onlineLink, Set<Long> attended) {

		private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK).withZone(TimeConfiguration.LONDON);

		private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("h:mma", java.util.Locale.UK).withZone(TimeConfiguration.LONDON);

		/** "Monday 11 January 2027, 10:00am to 3:30pm", in London time. */
		public String when() {
			return DAY.format(startsAt) + ", " + time(startsAt) + " to " + time(endsAt);
		}

		public boolean attendedBy(Long personId) {
			return attended.contains(personId);
		}

		private static String time(Instant instant) {
			return TIME.format(instant).toLowerCase(java.util.Locale.UK);
		}

		static SessionView of(ProjectSession session) {
			return new SessionView(session.id(), session.kind(), session.title(), session.startsAt(), session.endsAt(),
					session.place(), session.onlineLink(), Set.copyOf(session.attended()));
		}
	}

	record BoardRow(Long personId, Map<Long, Milestone.State> states) {
	}

	record MilestoneView(Long id, String title, LocalDate dueOn) {
	}

	record Board(List<MilestoneView> milestones, List<BoardRow> rows) {
	}

	private static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

	private final SessionRepository sessions;

	private final MilestoneRepository milestones;

	private final ProjectService projects;

	private final ProgrammeCatalogue catalogue;

	private final Clock clock;

	SessionService(SessionRepository sessions, MilestoneRepository milestones, ProjectService projects,
			ProgrammeCatalogue catalogue, Clock clock) {
		this.sessions = sessions;
		this.milestones = milestones;
		this.projects = projects;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	List<SessionView> sessionsOf(Long projectId) {
		return sessions.findByProjectIdOrderByStartsAtAsc(projectId).stream().map(SessionView::of).toList();
	}

	SessionView session(Long projectId, Long sessionId) {
		return SessionView.of(load(projectId, sessionId));
	}

	/** Adds the sessions and milestones the programme's model suggests, once. */
	@Transactional
	int addDefaultSchedule(Long projectId) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		if (!sessions.findByProjectIdOrderByStartsAtAsc(projectId).isEmpty()) {
			throw new DomainRuleException(null, "This project already has sessions: adjust them one by one");
		}
		CohortSummary cohort = catalogue.findCohort(project.cohortId()).orElseThrow();
		ProgrammeSummary programme = catalogue.find(cohort.programmeId()).orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		if (cohort.endsOn() != null && cohort.endsOn().isBefore(today)) {
			throw new DomainRuleException(null, "The cohort " + cohort.name() + " ended on " + UK_DATE.format(cohort.endsOn())
					+ ": a schedule cannot be laid out in the past. Add any sessions one by one, or move the project to a current cohort.");
		}
		List<DefaultSchedule.PlannedSession> planned = DefaultSchedule.sessions(programme.model(), cohort, today);
		planned.forEach(session -> sessions.save(new ProjectSession(projectId, session.kind(), session.title(),
				london(session.date(), session.start()), london(session.date(), session.end()), session.place(), null,
				clock.instant())));
		DefaultSchedule.milestones(cohort, today).forEach(milestone -> milestones.save(new Milestone(projectId, milestone.title(), milestone.dueOn())));
		return planned.size();
	}

	@Transactional
	void addMilestone(Long projectId, String title, LocalDate dueOn) {
		projects.load(projectId);
		milestones.save(new Milestone(projectId, title, dueOn));
	}

	@Transactional
	SessionView addSession(Long projectId, SessionForm form) {
		projects.load(projectId);
		return SessionView.of(sessions.save(new ProjectSession(projectId, form.kind(), form.title(),
				london(form.date(), form.startTime()), london(form.date(), form.endTime()), form.place(), form.onlineLink(),
				clock.instant())));
	}

	/** A session the manager plans: never on a day already past. */
	@Transactional
	SessionView planSession(Long projectId, SessionForm form) {
		notInThePast(form.date(), "A new session cannot be in the past: choose today or a later date");
		return addSession(projectId, form);
	}

	/** A session the manager moves: its date may stay as it was, but it cannot move to a day already past. */
	@Transactional
	SessionView moveSession(Long projectId, Long sessionId, SessionForm form) {
		LocalDate before = load(projectId, sessionId).startsAt().atZone(TimeConfiguration.LONDON).toLocalDate();
		if (!before.equals(form.date())) {
			notInThePast(form.date(), "A session cannot be moved into the past: choose today or a later date");
		}
		return updateSession(projectId, sessionId, form);
	}

	private void notInThePast(LocalDate date, String message) {
		if (date != null && date.isBefore(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
			throw new DomainRuleException("date", message);
		}
	}

	@Transactional
	SessionView updateSession(Long projectId, Long sessionId, SessionForm form) {
		ProjectSession session = load(projectId, sessionId);
		session.change(form.kind(), form.title(), london(form.date(), form.startTime()),
				london(form.date(), form.endTime()), form.place(), form.onlineLink(), clock.instant());
		return SessionView.of(session);
	}

	/** The facilitator or mentor (or the programme manager) records who came. */
	@Transactional
	void recordAttendance(Long projectId, Long sessionId, SignedInPerson me, Set<Long> present) {
		ProjectService.Visible visible = projects.visible(projectId, me);
		if (visible.role() != ProjectRole.SUPPORTER && visible.role() != ProjectRole.MANAGER) {
			throw new AccessDeniedException("Only the facilitator records attendance");
		}
		Set<Long> members = visible.project().members().stream().map(ProjectSummary.Member::personId).collect(Collectors.toSet());
		load(projectId, sessionId).recordAttendance(present, members);
	}

	Board board(ProjectSummary project) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		List<Milestone> list = milestones.findByProjectIdOrderByDueOnAsc(project.id());
		List<BoardRow> rows = project.members().stream().map(member -> {
			Map<Long, Milestone.State> states = new LinkedHashMap<>();
			list.forEach(milestone -> states.put(milestone.id(), milestone.stateFor(member.personId(), today)));
			return new BoardRow(member.personId(), states);
		}).toList();
		return new Board(list.stream().map(m -> new MilestoneView(m.id(), m.title(), m.dueOn())).toList(), rows);
	}

	/** A member marks their own milestone; the facilitator, mentor or manager may mark anyone's. */
	@Transactional
	void markMilestone(Long projectId, Long milestoneId, Long personId, boolean done, SignedInPerson me) {
		ProjectService.Visible visible = projects.visible(projectId, me);
		boolean own = visible.role() == ProjectRole.MEMBER && me.id().equals(personId);
		if (!own && visible.role() != ProjectRole.SUPPORTER && visible.role() != ProjectRole.MANAGER) {
			throw new AccessDeniedException("Only the practitioner or their facilitator marks a milestone");
		}
		if (!visible.project().isMember(personId)) {
			throw new DomainRuleException(null, "Milestones are for the project's members");
		}
		Milestone milestone = milestones.findById(milestoneId).filter(m -> m.projectId().equals(projectId))
			.orElseThrow(() -> new RecordNotFoundException("Milestone", milestoneId));
		if (done) {
			milestone.markDone(personId, LocalDate.now(clock.withZone(TimeConfiguration.LONDON)));
		}
		else {
			milestone.markNotDone(personId);
		}
	}

	List<ProjectSession> sessionsOfProjects(List<Long> projectIds) {
		return projectIds.isEmpty() ? List.of() : sessions.findByProjectIdInOrderByStartsAtAsc(projectIds);
	}

	List<Milestone> milestonesOfProjects(List<Long> projectIds) {
		return projectIds.isEmpty() ? List.of() : milestones.findByProjectIdInOrderByDueOnAsc(projectIds);
	}

	private ProjectSession load(Long projectId, Long sessionId) {
		return sessions.findById(sessionId).filter(session -> session.projectId().equals(projectId))
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
	}

	private static Instant london(LocalDate date, java.time.LocalTime time) {
		return date.atTime(time).atZone(TimeConfiguration.LONDON).toInstant();
	}
}

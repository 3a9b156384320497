package org.practiceexchange.learningset;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectKind;
import org.practiceexchange.project.ProjectRole;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Set meetings, their minutes and actions, for the set's members and facilitator only. */
@Service
@Transactional(readOnly = true)
class MeetingService {

	record Line(Long id, java.time.LocalDate heldOn, String presenterName, SetMeeting.TopicKind topicKind) {
	}

	record Overview(ProjectSummary project, List<Line> meetings, List<MeetingViews.ActionView> carriedForward,
			Map<Long, String> memberNames) {
	}

	private final SetMeetingRepository meetings;

	private final SetActionRepository actions;

	private final Projects projects;

	private final People people;

	private final Clock clock;

	MeetingService(SetMeetingRepository meetings, SetActionRepository actions, Projects projects, People people, Clock clock) {
		this.meetings = meetings;
		this.actions = actions;
		this.projects = projects;
		this.people = people;
		this.clock = clock;
	}

	static boolean meetsAsASet(ProjectSummary project) {
		return project.kind() == ProjectKind.ACTION_LEARNING_SET || project.kind() == ProjectKind.EXCHANGE_GROUP;
	}

	/** The set, if this person is in it; others who know the project are refused, the rest find nothing. */
	ProjectSummary setFor(Long projectId, SignedInPerson me) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		ProjectRole role = project.roleOf(me).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		if (!meetsAsASet(project)) {
			throw new RecordNotFoundException("Set meetings of project", projectId);
		}
		if (role != ProjectRole.MEMBER && role != ProjectRole.SUPPORTER) {
			throw new AccessDeniedException("Minutes are for the set's members only");
		}
		return project;
	}

	Overview overview(Long projectId, SignedInPerson me) {
		ProjectSummary project = setFor(projectId, me);
		Map<Long, String> names = names(project);
		List<Line> lines = meetings.findByProjectIdOrderByHeldOnDescIdDesc(projectId).stream()
			.map(m -> new Line(m.id(), m.heldOn(), names.get(m.presenterId()), m.minutes(null, List.of(), List.of()).topicKind()))
			.toList();
		return new Overview(project, lines, carriedForward(projectId, names), names);
	}

	MeetingViews.Minutes minutes(Long projectId, Long meetingId, SignedInPerson me) {
		ProjectSummary project = setFor(projectId, me);
		SetMeeting meeting = meetings.findById(meetingId).filter(m -> m.projectId().equals(projectId))
			.orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
		Map<Long, String> names = names(project);
		List<SetAction> all = actions.findByProjectIdOrderByIdAsc(projectId);
		return meeting.minutes(names.get(meeting.presenterId()),
				all.stream().filter(a -> a.meetingId().equals(meetingId)).map(a -> view(a, names)).toList(),
				all.stream().filter(a -> meetingId.equals(a.reviewedAtMeetingId())).map(a -> view(a, names)).toList());
	}

	/** Records a meeting: every action carried forward must be reviewed in it. */
	@Transactional
	Long record(Long projectId, SignedInPerson me, MeetingForm form) {
		ProjectSummary project = setFor(projectId, me);
		if (!project.isMember(form.presenterId())) {
			throw new DomainRuleException("presenterId", "The presenter is one of the set's members");
		}
		List<SetAction> open = actions.findByProjectIdOrderByIdAsc(projectId).stream()
			.filter(a -> a.status().carriesForward()).toList();
		List<Long> unreviewed = open.stream().map(SetAction::id).filter(id -> form.reviews().get(id) == null
				|| form.reviews().get(id) == SetAction.Status.OPEN).toList();
		if (!unreviewed.isEmpty()) {
			throw new DomainRuleException(null, "Review every action carried forward from earlier meetings ("
					+ unreviewed.size() + " still to review)");
		}
		SetMeeting meeting = meetings.save(new SetMeeting(projectId, form, me.id(), clock.instant()));
		open.forEach(action -> action.review(form.reviews().get(action.id()), meeting.id()));
		form.actions().stream().filter(what -> what != null && !what.isBlank())
			.forEach(what -> {
				if (what.length() > 500) {
					throw new DomainRuleException(null, "Keep each action to 500 characters");
				}
				actions.save(new SetAction(projectId, meeting.id(), form.presenterId(), what));
			});
		return meeting.id();
	}

	List<MeetingViews.ActionView> carriedForward(Long projectId, Map<Long, String> names) {
		return actions.findByProjectIdOrderByIdAsc(projectId).stream().filter(a -> a.status().carriesForward())
			.map(a -> view(a, names)).toList();
	}

	List<Line> lines(ProjectSummary project) {
		Map<Long, String> names = names(project);
		return meetings.findByProjectIdOrderByHeldOnDescIdDesc(project.id()).stream()
			.map(m -> new Line(m.id(), m.heldOn(), names.get(m.presenterId()), m.minutes(null, List.of(), List.of()).topicKind()))
			.toList();
	}

	private static MeetingViews.ActionView view(SetAction action, Map<Long, String> names) {
		return action.view(names.get(action.view(null).ownerId()));
	}

	private Map<Long, String> names(ProjectSummary project) {
		Set<Long> ids = project.members().stream().map(ProjectSummary.Member::personId).collect(Collectors.toSet());
		return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}
}

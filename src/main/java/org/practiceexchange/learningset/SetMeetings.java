package org.practiceexchange.learningset;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectRole;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.ProjectWork;
import org.springframework.stereotype.Component;

/** Lists a set's meetings on its project page, for its members and facilitator. */
@Component
class SetMeetings implements ProjectWork {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MeetingService meetings;

	SetMeetings(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public boolean appliesTo(ProjectSummary project, ProjectRole role) {
		return MeetingService.meetsAsASet(project) && (role == ProjectRole.MEMBER || role == ProjectRole.SUPPORTER);
	}

	@Override
	public String headingKey() {
		return "meetings.inProject";
	}

	@Override
	public List<Item> workIn(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return meetings.lines(project).stream()
			.map(line -> new Item("Meeting of " + DATE.format(line.heldOn()), line.presenterName(),
					"topicKind." + line.topicKind(), "/projects/" + project.id() + "/meetings/" + line.id()))
			.toList();
	}

	@Override
	public String startPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return "/projects/" + project.id() + "/meetings";
	}

	@Override
	public String startKey() {
		return "meetings.open";
	}

	/** Members look for their set's meetings under the set on their list of projects. */
	@Override
	public String shortcutPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return "/projects/" + project.id() + "/meetings";
	}
}

package org.practiceexchange.learningset;

import java.time.LocalDate;
import java.util.List;

final class MeetingViews {

	private MeetingViews() {
	}

	record ActionView(Long id, Long ownerId, String ownerName, String what, SetAction.Status status) {
	}

	record Minutes(Long id, Long projectId, LocalDate heldOn, Long presenterId, String presenterName,
			SetMeeting.TopicKind topicKind, String presented, String questions, String perspectives,
			List<ActionView> committed, List<ActionView> reviewed) {
	}
}

package org.practiceexchange.learningset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.practiceexchange.project.ProjectFixtures;
import org.springframework.stereotype.Component;

/** Meetings of an action learning set, recorded through the service as the facilitator would. */
@Component
public class MeetingFixtures {

	private final MeetingService meetings;

	MeetingFixtures(MeetingService meetings) {
		this.meetings = meetings;
	}

	public Long aMeeting(ProjectFixtures.Group set) {
		return meetings.record(set.project().id(), set.facilitator(), new MeetingForm(LocalDate.of(2027, 2, 1),
				set.member().id(), SetMeeting.TopicKind.PROBLEM, "Learners switch off during long demonstrations",
				"What happens in the first five minutes?", "Chunk the demonstration", List.of("Try three short parts"), Map.of()));
	}
}

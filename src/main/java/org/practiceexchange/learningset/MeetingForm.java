package org.practiceexchange.learningset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting as it is recorded: the presenter and what they brought, the others' questions and
 * perspectives, the actions the presenter commits to, and the review of actions carried forward.
 */
record MeetingForm(
		@NotNull(message = "{meeting.heldOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotNull(message = "{meeting.presenter.required}") Long presenterId,
		@NotNull(message = "{meeting.topicKind.required}") SetMeeting.TopicKind topicKind,
		@NotBlank(message = "{meeting.presented.required}") @Size(max = 2000, message = "{meeting.size2000}") String presented,
		@Size(max = 4000, message = "{meeting.size4000}") String questions,
		@Size(max = 4000, message = "{meeting.size4000}") String perspectives,
		List<String> actions,
		Map<Long, SetAction.Status> reviews) {

	MeetingForm {
		actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
		reviews = reviews == null ? new LinkedHashMap<>() : new LinkedHashMap<>(reviews);
	}

	static MeetingForm empty(LocalDate today, int actionRows) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < actionRows; i++) {
			rows.add("");
		}
		return new MeetingForm(today, null, null, "", "", "", rows, new LinkedHashMap<>());
	}
}

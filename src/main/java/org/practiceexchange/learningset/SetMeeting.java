package org.practiceexchange.learningset;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The minutes of one set meeting: who presented what, and what the others asked and offered. */
@Entity
@Table(name = "set_meeting")
class SetMeeting {

	enum TopicKind {
		PROBLEM, SUCCESS
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private LocalDate heldOn;

	private Long presenterId;

	@Enumerated(EnumType.STRING)
	private TopicKind topicKind;

	private String presented;

	private String questions;

	private String perspectives;

	private Long recordedBy;

	private Instant recordedAt;

	protected SetMeeting() {
	}

	SetMeeting(Long projectId, MeetingForm form, Long recordedBy, Instant now) {
		this.projectId = projectId;
		this.heldOn = form.heldOn();
		this.presenterId = form.presenterId();
		this.topicKind = form.topicKind();
		this.presented = form.presented().strip();
		this.questions = blankToNull(form.questions());
		this.perspectives = blankToNull(form.perspectives());
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long id() {
		return id;
	}

	Long projectId() {
		return projectId;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	Long presenterId() {
		return presenterId;
	}

	MeetingViews.Minutes minutes(String presenterName, java.util.List<MeetingViews.ActionView> committed,
			java.util.List<MeetingViews.ActionView> reviewed) {
		return new MeetingViews.Minutes(id, projectId, heldOn, presenterId, presenterName, topicKind, presented, questions,
				perspectives, committed, reviewed);
	}
}

package org.practiceexchange.learningset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/**
 * An action a member commits to at a meeting. It stays open, and is carried forward, until a later
 * meeting reviews it as done or dropped; "partly" and "not yet" carry it forward again.
 */
@Entity
@Table(name = "set_action")
class SetAction {

	enum Status {
		OPEN, DONE, PARTLY, NOT_YET, DROPPED;

		boolean carriesForward() {
			return this == OPEN || this == PARTLY || this == NOT_YET;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long meetingId;

	private Long ownerId;

	private String what;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Long reviewedAtMeetingId;

	@Version
	private long version;

	protected SetAction() {
	}

	SetAction(Long projectId, Long meetingId, Long ownerId, String what) {
		this.projectId = projectId;
		this.meetingId = meetingId;
		this.ownerId = ownerId;
		this.what = what.strip();
		this.status = Status.OPEN;
	}

	void review(Status outcome, Long atMeetingId) {
		if (outcome == Status.OPEN) {
			throw new DomainRuleException("reviews", "Review each action as done, partly, not yet or dropped");
		}
		if (!status.carriesForward()) {
			throw new DomainRuleException("reviews", "This action was already closed");
		}
		if (atMeetingId.equals(meetingId)) {
			throw new DomainRuleException("reviews", "An action is reviewed at a later meeting");
		}
		this.status = outcome;
		this.reviewedAtMeetingId = atMeetingId;
	}

	Long id() {
		return id;
	}

	Long meetingId() {
		return meetingId;
	}

	Long reviewedAtMeetingId() {
		return reviewedAtMeetingId;
	}

	Status status() {
		return status;
	}

	MeetingViews.ActionView view(String ownerName) {
		return new MeetingViews.ActionView(id, ownerId, ownerName, what, status);
	}
}

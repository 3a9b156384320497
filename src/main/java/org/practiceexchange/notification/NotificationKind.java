package org.practiceexchange.notification;

/** The moments that matter, each of which a person may take immediately, in a daily digest, or not at all. */
public enum NotificationKind {
	INVITATION, DECISION, SIGN_OFF_REQUEST, REMINDER, COMMUNITY_REPLY, COMMUNITY_REQUEST, MENTOR_COMMENT,
	PLAN_REVISED, INQUIRY_STAGE, REVIEW_ASSIGNMENT, CONFERENCE_PLACE, TALK_DECISION
}

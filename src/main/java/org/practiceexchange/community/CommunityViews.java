package org.practiceexchange.community;

import java.time.Instant;
import java.util.List;

/** What the community's pages and API show: plain records, never entities. */
final class CommunityViews {

	private CommunityViews() {
	}

	/** How the signed-in person stands towards a community. */
	record Standing(boolean member, boolean moderator) {

		public boolean inside() {
			return member || moderator;
		}
	}

	/** A community in the directory. */
	record Card(Long id, String name, String description, String projectTitle, int members, Standing standing,
			boolean requested) {
	}

	/** A group the person may keep going as a community. */
	record Candidate(Long projectId, String title, KeepingGoing.Reason reason) {
	}

	/**
	 * The directory: the person's own communities, the others, and how many of their groups they
	 * could keep going (a programme manager, who may start one from any group, is always offered the list).
	 */
	record Directory(List<Card> mine, List<Card> others, int candidates, boolean anyGroup) {
	}

	record Overview(Long id, String name, String description, Long projectId, String projectTitle,
			String facilitatorName, int members, Instant startedAt, Standing standing, boolean mayLeave, long openReports,
			int pendingRequests, MyRequest myRequest) {
	}

	/** A non-member's latest request to join, if any. */
	record MyRequest(MembershipRequest.Status status, Instant requestedAt, String note) {
	}

	record ThreadRow(Long id, String title, String author, Instant startedAt, Instant lastPostAt, long replies,
			boolean locked) {
	}

	record PostView(Long id, Long authorId, String author, Instant postedAt, String body, boolean hidden,
			boolean opening, boolean mayReport, Instant editedAt, boolean mayEdit) {
	}

	/**
	 * A post as its author is about to edit it: where it is, whether it opens its thread (and so
	 * carries the thread's links to outputs), why it cannot be edited now if it cannot, and the form
	 * filled in with what it says.
	 */
	record Editing(Long id, Long threadId, String threadTitle, boolean opening, String notEditable,
			CommunityForms.EditPost form) {
	}

	/** A post just edited, and the thread it is in. */
	record Edited(Long threadId, PostView post) {
	}

	record OutputLink(Long id, String title, String path) {
	}

	record ThreadView(Overview community, Long id, String title, String author, Instant startedAt, boolean locked,
			Instant lockedAt, List<PostView> posts, List<OutputLink> outputs) {

		public boolean mayReply() {
			return !locked;
		}
	}

	record Member(Long personId, String name, Instant joinedAt, boolean facilitator) {
	}

	record Request(Long id, Long personId, String name, String message, Instant requestedAt) {
	}

	record Report(Long id, Long postId, Long threadId, String threadTitle, String postAuthor, String postBody,
			boolean postHidden, String reporter, String reason, Instant reportedAt, PostReport.Outcome outcome,
			Instant resolvedAt) {
	}
}

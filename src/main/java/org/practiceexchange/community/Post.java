package org.practiceexchange.community;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/**
 * The opening post of a thread or a reply to it. A moderator may hide it: members then see a notice
 * in its place, moderators still see what it said. Its author may edit it while it is not hidden
 * and its thread not locked; nobody else rewrites it.
 */
@Entity
@Table(name = "community_post")
class Post {

	static final int BODY_MAX = 5000;

	static final String HIDDEN_NOT_EDITABLE = "A moderator has hidden this post, so it can no longer be edited";

	static final String LOCKED_NOT_EDITABLE = "This thread is locked: a moderator has closed it, so its posts can no longer be edited";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long threadId;

	private Long communityId;

	private Long authorId;

	private String body;

	private Instant postedAt;

	private boolean hidden;

	private Long hiddenBy;

	private Instant hiddenAt;

	private Instant editedAt;

	@Version
	private long version;

	protected Post() {
	}

	Post(CommunityThread thread, Long authorId, String body, Instant now) {
		this.threadId = thread.id();
		this.communityId = thread.communityId();
		this.authorId = authorId;
		this.body = Text.required("body", body, BODY_MAX, "Write something to post");
		this.postedAt = now;
	}

	/** Why the author may not edit the post now, if anything stops them: hidden, or in a locked thread. */
	Optional<String> notEditable(CommunityThread thread) {
		if (hidden) {
			return Optional.of(HIDDEN_NOT_EDITABLE);
		}
		return thread.locked() ? Optional.of(LOCKED_NOT_EDITABLE) : Optional.empty();
	}

	/** The author's new text, under the same rules as a new post; marked edited only when it changed. */
	void edit(CommunityThread thread, String newBody, Instant now) {
		checkEditable(thread);
		String checked = Text.required("body", newBody, BODY_MAX, "Write something to post");
		if (!checked.equals(body)) {
			body = checked;
			editedAt = now;
		}
	}

	/** Marks the post edited when something shown with it changed (the outputs its thread links to). */
	void edited(CommunityThread thread, Instant now) {
		checkEditable(thread);
		editedAt = now;
	}

	private void checkEditable(CommunityThread thread) {
		notEditable(thread).ifPresent(reason -> {
			throw new EditRefusedException(reason);
		});
	}

	void hide(Long moderatorId, Instant now) {
		if (!hidden) {
			hidden = true;
			hiddenBy = moderatorId;
			hiddenAt = now;
		}
	}

	void unhide() {
		hidden = false;
		hiddenBy = null;
		hiddenAt = null;
	}

	Long id() {
		return id;
	}

	Long threadId() {
		return threadId;
	}

	Long communityId() {
		return communityId;
	}

	Long authorId() {
		return authorId;
	}

	String body() {
		return body;
	}

	Instant postedAt() {
		return postedAt;
	}

	boolean hidden() {
		return hidden;
	}

	Instant editedAt() {
		return editedAt;
	}

	/** An edit of a hidden post or of one in a locked thread: the API answers 409, the page says so beside the box. */
	static class EditRefusedException extends DomainRuleException {

		EditRefusedException(String reason) {
			super("body", reason);
		}
	}
}

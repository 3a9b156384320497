package org.practiceexchange.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The opening post of a thread or a reply to it. A moderator may hide it: members then see a notice
 * in its place, moderators still see what it said.
 */
@Entity
@Table(name = "community_post")
class Post {

	static final int BODY_MAX = 5000;

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
}

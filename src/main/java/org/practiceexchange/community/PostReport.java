package org.practiceexchange.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A member's report that a post breaks the community's norms, waiting in the moderators' queue. */
@Entity
@Table(name = "community_report")
class PostReport {

	static final int REASON_MAX = 1000;

	/** What the moderator did about it. */
	enum Outcome {
		HIDDEN, KEPT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private Long postId;

	private Long reporterId;

	private String reason;

	private Instant reportedAt;

	private Long resolvedBy;

	private Instant resolvedAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Version
	private long version;

	protected PostReport() {
	}

	PostReport(Post post, Long reporterId, String reason, Instant now) {
		if (post.authorId().equals(reporterId)) {
			throw new DomainRuleException(null, "You cannot report your own post");
		}
		this.communityId = post.communityId();
		this.postId = post.id();
		this.reporterId = reporterId;
		this.reason = Text.required("reason", reason, REASON_MAX, "Say why you are reporting this post");
		this.reportedAt = now;
	}

	void resolve(Long moderatorId, Outcome outcome, Instant now) {
		if (resolvedAt != null) {
			throw new DomainRuleException(null, "This report has already been resolved");
		}
		this.resolvedBy = moderatorId;
		this.resolvedAt = now;
		this.outcome = outcome;
	}

	boolean open() {
		return resolvedAt == null;
	}

	Long id() {
		return id;
	}

	Long communityId() {
		return communityId;
	}

	Long postId() {
		return postId;
	}

	Long reporterId() {
		return reporterId;
	}

	String reason() {
		return reason;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	Instant resolvedAt() {
		return resolvedAt;
	}

	Outcome outcome() {
		return outcome;
	}
}

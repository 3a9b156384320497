package org.practiceexchange.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/**
 * A conversation in a community: a title, an opening post and replies, and links to published
 * outputs. A moderator may lock it, after which nobody replies.
 */
@Entity
@Table(name = "community_thread")
class CommunityThread {

	static final int TITLE_MAX = 150;

	static final int OUTPUTS_MAX = 10;

	static final String LOCKED = "This thread is locked: a moderator has closed it to new replies";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private String title;

	private Long authorId;

	private Instant startedAt;

	private Instant lastPostAt;

	private boolean locked;

	private Long lockedBy;

	private Instant lockedAt;

	@ElementCollection
	@CollectionTable(name = "community_thread_output", joinColumns = @JoinColumn(name = "thread_id"))
	@OrderColumn(name = "link_order")
	@Column(name = "output_id")
	private List<Long> outputIds = new ArrayList<>();

	@Version
	private long version;

	protected CommunityThread() {
	}

	CommunityThread(Long communityId, Long authorId, String title, List<Long> outputIds, Instant now) {
		this.communityId = communityId;
		this.authorId = authorId;
		this.title = Text.required("title", title, TITLE_MAX, "Enter a title for the thread");
		this.outputIds = checkedOutputs(outputIds);
		this.startedAt = now;
		this.lastPostAt = now;
	}

	/** The outputs it links to, as its author changed them with the opening post; whether they changed. */
	boolean relink(List<Long> newOutputIds) {
		List<Long> checked = checkedOutputs(newOutputIds);
		if (checked.equals(outputIds)) {
			return false;
		}
		outputIds.clear();
		outputIds.addAll(checked);
		return true;
	}

	/** The opening post, written with the thread. */
	Post open(String body) {
		return new Post(this, authorId, body, startedAt);
	}

	/** A reply, unless the thread is locked. */
	Post reply(Long authorId, String body, Instant now) {
		if (locked) {
			throw new ThreadLockedException();
		}
		Post post = new Post(this, authorId, body, now);
		lastPostAt = now;
		return post;
	}

	void lock(Long moderatorId, Instant now) {
		if (!locked) {
			locked = true;
			lockedBy = moderatorId;
			lockedAt = now;
		}
	}

	void unlock() {
		locked = false;
		lockedBy = null;
		lockedAt = null;
	}

	Long id() {
		return id;
	}

	Long communityId() {
		return communityId;
	}

	String title() {
		return title;
	}

	Long authorId() {
		return authorId;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant lastPostAt() {
		return lastPostAt;
	}

	boolean locked() {
		return locked;
	}

	Instant lockedAt() {
		return lockedAt;
	}

	List<Long> outputIds() {
		return List.copyOf(outputIds);
	}

	private static List<Long> checkedOutputs(List<Long> outputIds) {
		if (outputIds.size() > OUTPUTS_MAX) {
			throw new DomainRuleException("outputs", "Link at most " + OUTPUTS_MAX + " outputs");
		}
		return new ArrayList<>(outputIds.stream().distinct().toList());
	}

	/** A reply to a locked thread: the API answers 409, the page says so beside the reply box. */
	static class ThreadLockedException extends DomainRuleException {

		ThreadLockedException() {
			super("body", LOCKED);
		}
	}
}

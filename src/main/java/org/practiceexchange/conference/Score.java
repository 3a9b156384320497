package org.practiceexchange.conference;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reviewer's score for an application. */
@Entity
@Table(name = "conference_score")
class Score {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewerId;

	private int score;

	private String comments;

	private Instant scoredAt;

	protected Score() {
	}

	Score(Long reviewerId, int score, String comments, Instant scoredAt) {
		this.reviewerId = reviewerId;
		this.score = score;
		this.comments = comments;
		this.scoredAt = scoredAt;
	}

	/** The same reviewer scoring again: changed in place, as the table allows one score per reviewer. */
	void change(int newScore, String newComments, Instant now) {
		this.score = newScore;
		this.comments = newComments;
		this.scoredAt = now;
	}

	public Long reviewerId() {
		return reviewerId;
	}

	public int score() {
		return score;
	}

	public String comments() {
		return comments;
	}

	public Instant scoredAt() {
		return scoredAt;
	}
}

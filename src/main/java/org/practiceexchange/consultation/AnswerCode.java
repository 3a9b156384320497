package org.practiceexchange.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A code (tag) the manager applies to a free-text answer; the answer itself is never changed. */
@Entity
@Table(name = "consultation_answer_code")
class AnswerCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long answerId;

	private Long consultationId;

	private String code;

	private Long codedBy;

	private Instant codedAt;

	protected AnswerCode() {
	}

	AnswerCode(Long answerId, Long consultationId, String code, Long codedBy, Instant codedAt) {
		this.answerId = answerId;
		this.consultationId = consultationId;
		this.code = code;
		this.codedBy = codedBy;
		this.codedAt = codedAt;
	}

	Long answerId() {
		return answerId;
	}

	String code() {
		return code;
	}
}

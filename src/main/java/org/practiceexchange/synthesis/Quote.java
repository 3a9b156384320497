package org.practiceexchange.synthesis;

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
import org.springframework.security.access.AccessDeniedException;

/**
 * A lesson from a practitioner's evaluation that the manager wants to quote. It appears in public
 * only with the practitioner's consent, which records who gave it, when, and the exact text.
 */
@Entity
@Table(name = "synthesis_quote")
class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long synthesisId;

	private Long inquiryId;

	private String inquiryTitle;

	private Long practitionerId;

	@Enumerated(EnumType.STRING)
	private Lesson lesson;

	private String quotedText;

	private Long codeId;

	@Enumerated(EnumType.STRING)
	private Consent consent;

	private Long requestedBy;

	private Instant requestedAt;

	private Long decidedBy;

	private Instant decidedAt;

	private String consentedText;

	@Version
	private long version;

	protected Quote() {
	}

	Quote(Long synthesisId, Long inquiryId, String inquiryTitle, Long practitionerId, Lesson lesson, String text,
			Long codeId, Long requestedBy, Instant now) {
		if (text == null || text.isBlank()) {
			throw new DomainRuleException("lesson", "That part of the evaluation has not been written");
		}
		this.synthesisId = synthesisId;
		this.inquiryId = inquiryId;
		this.inquiryTitle = inquiryTitle;
		this.practitionerId = practitionerId;
		this.lesson = lesson;
		this.quotedText = text.strip();
		this.codeId = codeId;
		this.consent = Consent.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	/**
	 * The practitioner gives or refuses consent, and may change their mind later; the latest answer
	 * counts. Only the practitioner whose lesson it is may answer.
	 */
	void decide(Long personId, boolean give, Instant now) {
		if (!practitionerId.equals(personId)) {
			throw new AccessDeniedException("Only the practitioner quoted answers for their words");
		}
		consent = give ? Consent.GIVEN : Consent.REFUSED;
		decidedBy = personId;
		decidedAt = now;
		consentedText = give ? quotedText : null;
	}

	void tag(Long codeId) {
		this.codeId = codeId;
	}

	boolean consented() {
		return consent == Consent.GIVEN;
	}

	Long id() {
		return id;
	}

	Long synthesisId() {
		return synthesisId;
	}

	Long inquiryId() {
		return inquiryId;
	}

	String inquiryTitle() {
		return inquiryTitle;
	}

	Long practitionerId() {
		return practitionerId;
	}

	Lesson lesson() {
		return lesson;
	}

	String quotedText() {
		return quotedText;
	}

	Long codeId() {
		return codeId;
	}

	Consent consent() {
		return consent;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	Long decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String consentedText() {
		return consentedText;
	}
}

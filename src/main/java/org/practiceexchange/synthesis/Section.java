package org.practiceexchange.synthesis;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** A narrative section the manager writes: a heading and its text. */
@Entity
@Table(name = "synthesis_section")
class Section {

	static final int MAX_BODY = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long synthesisId;

	private String heading;

	private String body;

	protected Section() {
	}

	Section(Long synthesisId, String heading, String body) {
		if (heading == null || heading.isBlank()) {
			throw new DomainRuleException("heading", "Enter a heading");
		}
		if (body == null || body.isBlank()) {
			throw new DomainRuleException("body", "Enter the text of the section");
		}
		this.synthesisId = synthesisId;
		this.heading = heading.strip();
		this.body = body.strip();
	}

	Long id() {
		return id;
	}

	Long synthesisId() {
		return synthesisId;
	}

	String heading() {
		return heading;
	}

	String body() {
		return body;
	}
}

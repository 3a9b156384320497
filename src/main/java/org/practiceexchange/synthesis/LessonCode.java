package org.practiceexchange.synthesis;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** A code the manager defines to group quoted lessons ("Starting routines", "Working with technicians"). */
@Entity
@Table(name = "synthesis_code")
class LessonCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long synthesisId;

	private String label;

	protected LessonCode() {
	}

	LessonCode(Long synthesisId, String label) {
		if (label == null || label.isBlank()) {
			throw new DomainRuleException("label", "Enter the code");
		}
		if (label.strip().length() > 100) {
			throw new DomainRuleException("label", "Keep the code to 100 characters or fewer");
		}
		this.synthesisId = synthesisId;
		this.label = label.strip();
	}

	Long id() {
		return id;
	}

	Long synthesisId() {
		return synthesisId;
	}

	String label() {
		return label;
	}
}

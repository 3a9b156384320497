package org.practiceexchange.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a consultation's questionnaire. */
@Entity
@Table(name = "consultation_question")
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String prompt;

	private String hint;

	private boolean required;

	protected Question() {
	}

	Question(Consultation consultation, int position, QuestionKind kind, String prompt, String hint, boolean required) {
		this.consultation = consultation;
		this.position = position;
		this.kind = kind;
		this.prompt = prompt.strip();
		this.hint = hint == null || hint.isBlank() ? null : hint.strip();
		this.required = required;
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	QuestionKind kind() {
		return kind;
	}

	String prompt() {
		return prompt;
	}

	String hint() {
		return hint;
	}

	boolean required() {
		return required;
	}
}

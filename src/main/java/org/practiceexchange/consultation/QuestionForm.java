package org.practiceexchange.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question the manager adds to the questionnaire. */
record QuestionForm(
		@NotNull(message = "{question.kind.required}") QuestionKind kind,
		@NotBlank(message = "{question.prompt.required}") @Size(max = 500, message = "{question.prompt.size}") String prompt,
		@Size(max = 1000, message = "{question.hint.size}") String hint,
		Boolean required) {

	static QuestionForm empty() {
		return new QuestionForm(null, "", "", false);
	}

	boolean mustAnswer() {
		return Boolean.TRUE.equals(required);
	}
}

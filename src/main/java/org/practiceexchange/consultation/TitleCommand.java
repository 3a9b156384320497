package org.practiceexchange.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The API's request to create a consultation. */
record TitleCommand(
		@NotBlank(message = "{consultation.title.required}") @Size(max = 200, message = "{consultation.title.size}") String title) {
}

package org.practiceexchange.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class EnrolmentForms {

	private EnrolmentForms() {
	}

	record Application(@NotNull(message = "{application.organisation.required}") Long organisationId,
			@NotBlank(message = "{application.statement.required}") @Size(max = 2000, message = "{application.statement.size}") String statement) {
	}

	record Decision(@Size(max = 2000, message = "{decision.note.size}") String note) {
	}
}

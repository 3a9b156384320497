package org.practiceexchange.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A new owned action for a recommendation. */
record ActionForm(
		@NotNull(message = "{action.recommendation.required}") Long recommendationId,
		@NotNull(message = "{action.owner.required}") Long ownerOrganisationId,
		@NotBlank(message = "{action.title.required}") @Size(max = 300, message = "{action.title.size}") String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

	static ActionForm empty() {
		return new ActionForm(null, null, "", null);
	}
}

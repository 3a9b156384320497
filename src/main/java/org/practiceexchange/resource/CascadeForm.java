package org.practiceexchange.resource;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A time the participant shared their learning, as they record it. */
record CascadeForm(
		@NotNull(message = "{cascade.sharedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sharedOn,
		@NotNull(message = "{cascade.audience.required}") Audience audience,
		@NotNull(message = "{cascade.mode.required}") SharingMode mode,
		@NotBlank(message = "{cascade.peopleReached.required}") @Pattern(regexp = "^\\s*\\d{1,6}\\s*$", message = "{cascade.peopleReached.number}") String peopleReached,
		Long outputId,
		Long programmeId,
		Long projectId,
		@Size(max = 1000, message = "{cascade.note.size}") String note) {

	static CascadeForm empty(LocalDate today) {
		return new CascadeForm(today, null, null, "", null, null, null, "");
	}

	int reached() {
		return Integer.parseInt(peopleReached.strip());
	}
}

package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Release time: what a provider lead commits, and what a practitioner logs. */
final class ReleaseForms {

	private ReleaseForms() {
	}

	record Commit(@NotNull(message = "{release.person.required}") Long personId,
			@NotNull(message = "{release.days.required}") BigDecimal days,
			@Size(max = 1000, message = "{release.reason.size}") String reason) {
	}

	record Use(@NotNull(message = "{release.usedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate usedOn,
			@NotNull(message = "{release.days.required}") BigDecimal days,
			@Size(max = 500, message = "{release.note.size}") String note) {
	}
}

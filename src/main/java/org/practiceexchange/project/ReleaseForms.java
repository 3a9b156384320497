package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Release time: what a provider lead commits, and what a practitioner logs. Days are bound as
 * typed, so a mistyped number is reported beside its field while every other field is still checked.
 */
final class ReleaseForms {

	/** A number of days, whole or with a fraction: "5", "2.5", " 1.0 ". */
	static final String DAYS = "^\\s*\\d{1,3}(\\.\\d{1,2})?\\s*$";

	private ReleaseForms() {
	}

	record Commit(@NotNull(message = "{release.person.required}") Long personId,
			@NotBlank(message = "{release.days.required}") @Pattern(regexp = DAYS, message = "{release.days.number}") String days,
			@Size(max = 1000, message = "{release.reason.size}") String reason) {

		BigDecimal daysValue() {
			return new BigDecimal(days.strip());
		}
	}

	record Use(@NotNull(message = "{release.usedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate usedOn,
			@NotBlank(message = "{release.days.required}") @Pattern(regexp = DAYS, message = "{release.days.number}") String days,
			@Size(max = 500, message = "{release.note.size}") String note) {

		BigDecimal daysValue() {
			return new BigDecimal(days.strip());
		}
	}
}

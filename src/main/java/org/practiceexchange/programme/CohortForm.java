package org.practiceexchange.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** One run of a programme, as a programme manager enters it. */
public record CohortForm(
		@NotBlank(message = "{cohort.name.required}") @Size(max = 200, message = "{cohort.name.size}") String name,
		@NotNull(message = "{cohort.startsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@Size(max = 4000, message = "{cohort.schedule.size}") String schedule,
		@Pattern(regexp = "^\\s*([1-9]\\d{0,4}\\s*)?$", message = "{cohort.capacity.min}") String capacity) {

	public CohortForm(String name, LocalDate startsOn, LocalDate endsOn, String schedule, Integer capacity) {
		this(name, startsOn, endsOn, schedule, capacity == null ? "" : capacity.toString());
	}

	Integer places() {
		return capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
	}

	public static CohortForm empty() {
		return new CohortForm("", null, null, "", "");
	}

	public static CohortForm of(CohortSummary cohort) {
		return new CohortForm(cohort.name(), cohort.startsOn(), cohort.endsOn(), cohort.schedule(), cohort.capacity());
	}
}

package org.practiceexchange.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A support contact as the mentor records it; minutes are bound as typed and checked here and by the contact. */
record SupportForm(@NotNull(message = "{support.person.required}") Long personId,
		@NotNull(message = "{support.kind.required}") SupportContact.Kind kind,
		@NotNull(message = "{support.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactOn,
		@NotBlank(message = "{support.minutes.required}") @Pattern(regexp = "^\\s*\\d{1,4}\\s*$", message = "{support.minutes.range}") String minutes,
		@NotBlank(message = "{support.note.required}") @Size(max = 1000, message = "{support.note.size}") String note) {

	int minutesValue() {
		return Integer.parseInt(minutes.strip());
	}
}

package org.practiceexchange.project;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A support contact as the mentor records it. */
record SupportForm(@NotNull(message = "{support.person.required}") Long personId,
		@NotNull(message = "{support.kind.required}") SupportContact.Kind kind,
		@NotNull(message = "{support.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactOn,
		@NotNull(message = "{support.minutes.required}") @Min(value = 1, message = "{support.minutes.range}") @Max(value = 600, message = "{support.minutes.range}") Integer minutes,
		@NotBlank(message = "{support.note.required}") @Size(max = 1000, message = "{support.note.size}") String note) {
}

package org.practiceexchange.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What a manager enters to describe a consultation. */
record ConsultationForm(
		@NotBlank(message = "{consultation.title.required}") @Size(max = 200, message = "{consultation.title.size}") String title,
		@Size(max = 8000, message = "{consultation.introduction.size}") String introduction,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn) {

	static ConsultationForm empty() {
		return new ConsultationForm("", "", null, null);
	}

	static ConsultationForm of(ConsultationView view) {
		return new ConsultationForm(view.title(), view.introduction(), view.opensOn(), view.closesOn());
	}
}

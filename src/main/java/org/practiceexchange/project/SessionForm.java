package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.format.annotation.DateTimeFormat;

/** A session as the programme manager schedules it; times are London times. */
record SessionForm(
		@NotNull(message = "{session.kind.required}") SessionKind kind,
		@NotBlank(message = "{session.title.required}") @Size(max = 200, message = "{session.title.size}") String title,
		@NotNull(message = "{session.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{session.startTime.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull(message = "{session.endTime.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@Size(max = 300, message = "{session.place.size}") String place,
		@Size(max = 500, message = "{session.onlineLink.size}") String onlineLink) {

	static SessionForm empty() {
		return new SessionForm(null, "", null, LocalTime.of(10, 0), LocalTime.of(15, 30), "", "");
	}

	static SessionForm of(ProjectSession session) {
		var start = session.startsAt().atZone(TimeConfiguration.LONDON);
		return new SessionForm(session.kind(), session.title(), start.toLocalDate(), start.toLocalTime(),
				session.endsAt().atZone(TimeConfiguration.LONDON).toLocalTime(), session.place(), session.onlineLink());
	}
}

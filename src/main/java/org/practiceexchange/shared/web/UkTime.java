package org.practiceexchange.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.stereotype.Component;

/** UK dates and London times for templates: {@code ${@ukTime.date(instant)}}. */
@Component("ukTime")
public class UkTime {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(TimeConfiguration.LONDON);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
		.withZone(TimeConfiguration.LONDON);

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant).replace("AM", "am").replace("PM", "pm");
	}
}

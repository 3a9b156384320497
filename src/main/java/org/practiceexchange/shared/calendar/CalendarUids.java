package org.practiceexchange.shared.calendar;

import java.net.URI;
import java.util.Locale;

import net.fortuna.ical4j.model.property.Uid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The UIDs of our calendar events: the kind of record and its id at this installation's domain
 * ({@code session-12@exchange.example.org}), so an event keeps its UID across fetches and edits and
 * never clashes with another site's. The domain is {@code exchange.calendar.uid-domain}, or else the
 * host of {@code exchange.base-url}.
 */
@Component
public class CalendarUids {

	private final String domain;

	public CalendarUids(@Value("${exchange.calendar.uid-domain:}") String configured,
			@Value("${exchange.base-url}") String baseUrl) {
		this.domain = domainOf(configured, baseUrl);
	}

	/** The configured domain when there is one, otherwise the base address's host. */
	static String domainOf(String configured, String baseUrl) {
		if (configured != null && !configured.isBlank()) {
			return configured.strip().toLowerCase(Locale.ROOT);
		}
		String host = URI.create(baseUrl.strip()).getHost();
		if (host == null || host.isBlank()) {
			throw new IllegalStateException("exchange.base-url has no host (" + baseUrl
					+ "): set exchange.calendar.uid-domain for calendar UIDs");
		}
		return host.toLowerCase(Locale.ROOT);
	}

	public String domain() {
		return domain;
	}

	/** {@code kind-id@domain}, e.g. {@code uid("session", 12)}. */
	public Uid uid(String kind, Long id) {
		return new Uid(kind + "-" + id + "@" + domain);
	}
}

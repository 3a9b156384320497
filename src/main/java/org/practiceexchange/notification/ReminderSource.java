package org.practiceexchange.notification;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by modules that have things people should be reminded of (sessions, deadlines):
 * the daily reminder run asks each source what falls in a window and e-mails each person once.
 */
public interface ReminderSource {

	/**
	 * Something coming up for one person. {@code key} identifies it stably (e.g. "session:42"), so
	 * the same reminder is never sent twice.
	 */
	record Upcoming(String key, String email, String what, Instant when, String path) {
	}

	List<Upcoming> upcomingBetween(Instant from, Instant to);
}

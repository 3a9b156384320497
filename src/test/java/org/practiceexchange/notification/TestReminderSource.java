package org.practiceexchange.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** A reminder source the tests fill in, standing where a module's sessions or deadlines would be. */
@Component
class TestReminderSource implements ReminderSource {

	final List<Upcoming> items = new CopyOnWriteArrayList<>();

	@Override
	public List<Upcoming> upcomingBetween(Instant from, Instant to) {
		return items.stream().filter(item -> !item.when().isBefore(from) && item.when().isBefore(to)).toList();
	}
}

package org.practiceexchange.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, reminds people of what falls on the day {@code exchange.reminders.days-before}
 * days ahead (London dates), through their notification choices for reminders.
 */
@Component
class DailyReminders {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK)
		.withZone(TimeConfiguration.LONDON);

	private final List<ReminderSource> sources;

	private final SentReminderRepository sent;

	private final Mail mail;

	private final Clock clock;

	private final int daysBefore;

	private final String baseUrl;

	DailyReminders(List<ReminderSource> sources, SentReminderRepository sent, Mail mail, Clock clock,
			@Value("${exchange.reminders.days-before:2}") int daysBefore, @Value("${exchange.base-url}") String baseUrl) {
		this.sources = sources;
		this.sent = sent;
		this.mail = mail;
		this.clock = clock;
		this.daysBefore = daysBefore;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${exchange.reminders.cron:0 0 6 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M")
	@Transactional
	public Integer send() {
		LocalDate day = LocalDate.now(clock.withZone(TimeConfiguration.LONDON)).plusDays(daysBefore);
		Instant from = day.atStartOfDay(TimeConfiguration.LONDON).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
		int count = 0;
		for (ReminderSource source : sources) {
			for (ReminderSource.Upcoming upcoming : source.upcomingBetween(from, to)) {
				String key = upcoming.key() + "|" + upcoming.email().toLowerCase(Locale.ROOT);
				if (sent.existsByReminderKey(key)) {
					continue;
				}
				sent.save(new SentReminder(key, clock.instant()));
				mail.notify(upcoming.email(), NotificationKind.REMINDER, "Reminder: " + upcoming.what(),
						"This is a reminder of " + upcoming.what() + " on " + WHEN.format(upcoming.when()).replace("AM", "am")
							.replace("PM", "pm") + " (UK time).\n\nDetails: " + baseUrl + upcoming.path() + "\n");
				count++;
			}
		}
		return count;
	}
}

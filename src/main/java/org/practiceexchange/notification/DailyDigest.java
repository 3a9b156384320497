package org.practiceexchange.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (07:00 London time by default) gathers each person's held notifications into one
 * e-mail, which then goes through the outbox like any other.
 */
@Component
class DailyDigest {

	private final OutboxRepository outbox;

	private final OutboxMail mail;

	private final Clock clock;

	DailyDigest(OutboxRepository outbox, OutboxMail mail, Clock clock) {
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${exchange.mail.digest-cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M")
	@Transactional
	public Integer send() {
		Map<String, List<OutboxMessage>> byRecipient = new LinkedHashMap<>();
		outbox.findByHeldForDigestTrueAndDigestedAtIsNullOrderByRecipientAscIdAsc()
			.forEach(message -> byRecipient.computeIfAbsent(message.recipient().toLowerCase(Locale.ROOT),
					recipient -> new java.util.ArrayList<>()).add(message));
		byRecipient.forEach((recipient, messages) -> {
			StringBuilder body = new StringBuilder("Here is what happened on Practice Exchange since your last digest.\n");
			for (OutboxMessage message : messages) {
				body.append("\n== ").append(message.subject()).append(" ==\n\n").append(message.body().strip()).append('\n');
				message.digested(clock.instant());
			}
			body.append("\nYou get these in one daily e-mail because of your choices at /account/notifications.\n");
			mail.queue(new OutboxMessage(messages.get(0).recipient(), "Your Practice Exchange digest: "
					+ messages.size() + (messages.size() == 1 ? " update" : " updates"), body.toString(), clock.instant()));
		});
		return byRecipient.size();
	}
}

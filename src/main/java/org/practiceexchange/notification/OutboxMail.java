package org.practiceexchange.notification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMail implements Mail {

	private final OutboxRepository outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final NotificationPreferences preferences;

	OutboxMail(OutboxRepository outbox, ApplicationEventPublisher events, Clock clock,
			NotificationPreferences preferences) {
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
		this.preferences = preferences;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, String subject, String body) {
		queue(new OutboxMessage(to, subject, body, clock.instant()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void notify(String to, NotificationKind kind, String subject, String body) {
		switch (preferences.deliveryOf(to, kind)) {
			case IMMEDIATELY -> queue(OutboxMessage.of(to, kind, subject, body, clock.instant()));
			case DAILY_DIGEST -> outbox.save(OutboxMessage.heldForDigest(to, kind, subject, body, clock.instant()));
			case OFF -> {
			}
		}
	}

	void queue(OutboxMessage message) {
		OutboxMessage saved = outbox.save(message);
		events.publishEvent(new MailQueued(saved.id()));
	}

	record MailQueued(Long id) {
	}
}

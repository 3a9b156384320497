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

	OutboxMail(OutboxRepository outbox, ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, String subject, String body) {
		OutboxMessage message = outbox.save(new OutboxMessage(to, subject, body, clock.instant()));
		events.publishEvent(new MailQueued(message.id()));
	}

	record MailQueued(Long id) {
	}
}

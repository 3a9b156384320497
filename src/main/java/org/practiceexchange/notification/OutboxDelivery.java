package org.practiceexchange.notification;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail: straight after the transaction that queued it commits, and on a schedule
 * for anything that failed or was queued while the SMTP server was away.
 */
@Component
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final OutboxRepository outbox;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	OutboxDelivery(OutboxRepository outbox, JavaMailSender sender, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${exchange.mail.from}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		// Always a transaction of its own: after commit, the caller's transaction is still bound to
		// the thread, and joining it would silently lose the "sent" mark (and resend the mail).
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = from;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onQueued(OutboxMail.MailQueued queued) {
		deliverDue();
	}

	@Scheduled(fixedDelayString = "${exchange.mail.retry-interval:30s}")
	void deliverDue() {
		List<OutboxMessage> due = transactions.execute(status -> outbox
			.findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant(), Limit.of(50)));
		for (OutboxMessage message : due) {
			deliver(message.id());
		}
	}

	/**
	 * One attempt, if the message is still due when its turn comes: the retry run and a commit's own delivery may
	 * both have listed it, and the one that comes second must neither send it again nor retry a failure early.
	 */
	private synchronized void deliver(Long id) {
		transactions.executeWithoutResult(status -> outbox.findById(id)
			.filter(message -> message.due(clock.instant()))
			.ifPresent(this::attempt));
	}

	private void attempt(OutboxMessage message) {
		try {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(from);
			mail.setTo(new InternetAddress(message.recipient(), true).getAddress());
			mail.setSubject(message.subject());
			mail.setText(message.body());
			sender.send(mail);
			message.sent(clock.instant());
		}
		catch (MailException | jakarta.mail.internet.AddressException ex) {
			log.warn("Could not send mail {} (attempt {}): {}", message.id(), message.attempts() + 1, ex.getMessage());
			message.failed(ex.getMessage(), clock.instant());
		}
	}
}

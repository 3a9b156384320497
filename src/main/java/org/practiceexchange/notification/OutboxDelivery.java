package org.practiceexchange.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

	/** How long a claimed message is left to its deliverer before others may try it. */
	static final Duration CLAIM = Duration.ofMinutes(5);

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
		deliverClaimed();
	}

	@Scheduled(fixedDelayString = "${exchange.mail.retry-interval:30s}")
	@SchedulerLock(name = "mail-outbox-retry", lockAtMostFor = "PT5M")
	void deliverDue() {
		deliverClaimed();
	}

	/** Claims what is due and delivers it; safe to run on several threads and nodes at once. */
	void deliverClaimed() {
		for (Long id : claimDue()) {
			deliver(id);
		}
	}

	/**
	 * Claims up to 50 due messages in one short transaction, so that another deliverer (this node's
	 * retry run beside a commit's own delivery, or another node) neither sends them again nor retries a
	 * failure early. A claim lasts {@link #CLAIM}; a node that dies mid-send leaves them due again after it.
	 */
	private List<Long> claimDue() {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			List<Long> claimed = new ArrayList<>();
			for (OutboxMessage message : outbox.lockDue(now, Limit.of(50))) {
				if (outbox.claim(message.id(), now, now.plus(CLAIM)) == 1) {
					claimed.add(message.id());
				}
			}
			return claimed;
		});
	}

	/** One attempt at a message this deliverer has claimed, unless it was sent meanwhile. */
	private void deliver(Long id) {
		transactions.executeWithoutResult(status -> outbox.findById(id)
			.filter(message -> message.sentAt() == null)
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

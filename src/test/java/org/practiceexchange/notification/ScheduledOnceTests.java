package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each scheduled job takes a ShedLock row, so on several nodes it runs on one at a time. */
@IntegrationTest
class ScheduledOnceTests {

	@Autowired
	DailyDigest digest;

	@Autowired
	DailyReminders reminders;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	Mail mail;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail greenMail;

	@Test
	void eachJobLeavesItsLockRowAfterARun() {
		digest.send();
		reminders.send();
		delivery.deliverDue();
		assertThat(jdbc.queryForList("select name from shedlock", String.class))
			.contains("daily-digest", "daily-reminders", "mail-outbox-retry");
		assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'daily-digest'", String.class)).isNotBlank();
	}

	@Test
	void aRunWhileAnotherNodeHoldsTheLockDoesNothing() {
		String to = AccountFixtures.unique("digest-once") + "@example.org";
		preferences.choose(to, Map.of(NotificationKind.DECISION, Delivery.DAILY_DIGEST));
		transactions.executeWithoutResult(status -> mail.notify(to, NotificationKind.DECISION, "Held decision", "Accepted."));

		// Another node is in the middle of the digest.
		Optional<SimpleLock> held = locks.lock(new LockConfiguration(Instant.now(), "daily-digest", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(held).isPresent();
		try {
			assertThat(digest.send()).isNull();
			assertThat(digest.send()).isNull();
		}
		finally {
			held.get().unlock();
		}
		assertThat(digestsTo(to)).isZero();

		// Once it is free, the next run does the work, once.
		assertThat(digest.send()).isPositive();
		assertThat(digestsTo(to)).isOne();
		assertThat(TestMailServer.body(TestMailServer.awaitMessage(greenMail, to, "digest"))).contains("Held decision");
		assertThat(digest.send()).isZero();
		assertThat(digestsTo(to)).isOne();
	}

	private long digestsTo(String to) {
		return outbox.findAll().stream()
			.filter(message -> message.recipient().equals(to) && message.subject().startsWith("Your Practice Exchange digest"))
			.count();
	}
}

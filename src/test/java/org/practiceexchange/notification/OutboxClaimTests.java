package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Two deliverers at once (as on two nodes) claim different rows, so each queued message goes out once. */
@IntegrationTest
class OutboxClaimTests {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	GreenMail greenMail;

	@Autowired
	TestClock clock;

	@Test
	void twoDeliverersInParallelSendEachOfFiftyMessagesOnce() throws Exception {
		String to = AccountFixtures.unique("claims") + "@example.org";
		List<OutboxMessage> queued = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			// Saved straight to the table: no commit-time delivery, so only the two deliverers below (and the
			// retry schedule, a third deliverer) can send them.
			queued.add(new OutboxMessage(to, "Claim " + i, "Body " + i, clock.instant().minusSeconds(1)));
		}
		outbox.saveAll(queued);

		CyclicBarrier start = new CyclicBarrier(2);
		Runnable deliverer = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			delivery.deliverClaimed();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(deliverer), CompletableFuture.runAsync(deliverer)).join();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (received(to).size() < 50 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		Thread.sleep(1500); // long enough for a duplicate, or the retry schedule, to show up
		Map<String, Long> bySubject = received(to).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(bySubject).hasSize(50);
		assertThat(bySubject.values()).containsOnly(1L);
		assertThat(outbox.findAllById(queued.stream().map(OutboxMessage::id).toList()))
			.allSatisfy(message -> assertThat(message.sentAt()).isNotNull());
	}

	private List<String> received(String to) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> sentTo(message, to)).map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static boolean sentTo(Message message, String to) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(address -> address.toString().contains(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

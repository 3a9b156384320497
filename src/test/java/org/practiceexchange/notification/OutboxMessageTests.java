package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a queued message is due for its next attempt, without Spring. */
class OutboxMessageTests {

	static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

	@Test
	void aNewMessageIsDueAtOnceAndASentOneNeverAgain() {
		OutboxMessage message = new OutboxMessage("a@example.org", "Subject", "Body", NOW);
		assertThat(message.due(NOW)).isTrue();
		message.sent(NOW);
		assertThat(message.due(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void aFailureWaitsLongerEachTimeAndIsGivenUpOnAfterTheLastAttempt() {
		OutboxMessage message = new OutboxMessage("a@example.org", "Subject", "Body", NOW);
		message.failed("refused", NOW);
		assertThat(message.due(NOW)).as("a second delivery of the same run retries nothing").isFalse();
		assertThat(message.due(NOW.plusSeconds(29))).isFalse();
		assertThat(message.due(NOW.plusSeconds(30))).isTrue();
		message.failed("refused", NOW.plusSeconds(30));
		assertThat(message.due(NOW.plusSeconds(89))).isFalse();
		assertThat(message.due(NOW.plusSeconds(90))).isTrue();
		for (int i = message.attempts(); i < OutboxMessage.MAX_ATTEMPTS; i++) {
			message.failed("refused", NOW);
		}
		assertThat(message.due(NOW.plus(Duration.ofDays(365)))).isFalse();
	}
}

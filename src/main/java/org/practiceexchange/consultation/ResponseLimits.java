package org.practiceexchange.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many responses one network address may start in an hour. Generous enough for a college
 * where many staff share one address, tight enough to stop a script. Kept in memory per node.
 */
@Component
class ResponseLimits {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Clock clock;

	private final Map<String, Deque<Instant>> starts = new ConcurrentHashMap<>();

	ResponseLimits(@Value("${exchange.consultation.responses-per-address-per-hour:60}") int perHour, Clock clock) {
		this.perHour = perHour;
		this.clock = clock;
	}

	/** Records a start from this address, or answers false when the address has started too many. */
	boolean tryStart(String address) {
		Instant now = clock.instant();
		Deque<Instant> times = starts.computeIfAbsent(address == null ? "unknown" : address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= perHour) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	int perHour() {
		return perHour;
	}
}

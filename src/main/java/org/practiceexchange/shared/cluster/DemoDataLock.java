package org.practiceexchange.shared.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Loading the demo data is one critical section across nodes: when several start on one empty database,
 * the first takes the {@code demo-data} lock (a ShedLock row) before the first demo loader runs and gives
 * it back after the last; the others wait for it, and then each loader finds its data there (every
 * loader checks first) and adds nothing.
 */
public class DemoDataLock {

	static final String NAME = "demo-data";

	/** Long enough for the slowest demo load; a node that died holding it frees it after this. */
	static final Duration AT_MOST = Duration.ofMinutes(10);

	private static final Duration POLL = Duration.ofMillis(200);

	private final LockProvider locks;

	private SimpleLock held;

	DemoDataLock(LockProvider locks) {
		this.locks = locks;
	}

	/** Runs the work while holding the lock, waiting for another node to finish first. */
	public void whileHeld(Runnable work) {
		SimpleLock lock = take();
		try {
			work.run();
		}
		finally {
			lock.unlock();
		}
	}

	synchronized void acquire() {
		held = take();
	}

	private SimpleLock take() {
		Instant giveUp = Instant.now().plus(AT_MOST);
		while (true) {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("Another node has held the demo-data lock for " + AT_MOST);
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	synchronized void release() {
		if (held != null) {
			held.unlock();
			held = null;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		DemoDataLock demoDataLock(LockProvider locks) {
			return new DemoDataLock(locks);
		}

		/** Before the first demo loader (organisations, order 10). */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		@ConditionalOnBooleanProperty("exchange.demo")
		ApplicationRunner demoDataLockTaken(DemoDataLock lock) {
			return args -> lock.acquire();
		}

		/** After the last one. */
		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		@ConditionalOnBooleanProperty("exchange.demo")
		ApplicationRunner demoDataLockReleased(DemoDataLock lock) {
			return args -> lock.release();
		}
	}
}

package org.practiceexchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The app's clock in tests: real time (Europe/London) unless a test sets or advances it, and back
 * to real time after every test. It is part of the one shared test context, so controlling time
 * never starts a second one: inject {@code TestClock} and call {@link #setInstant} or
 * {@link #advance}.
 */
public class TestClock extends Clock {

	private volatile Instant fixed;

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return TimeConfiguration.LONDON;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	/** Stops the clock at this instant. */
	public void setInstant(Instant instant) {
		fixed = instant;
	}

	/** Moves the clock on (stopping it there). */
	public void advance(Duration duration) {
		fixed = instant().plus(duration);
	}

	/** Back to real time. */
	public void reset() {
		fixed = null;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}

	/** Puts the clock back to real time after each integration test. */
	public static class ResetAfterEach implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
		}
	}
}

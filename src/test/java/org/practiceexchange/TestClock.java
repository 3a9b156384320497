package org.practiceexchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The app's clock in tests (Europe/London). Unless a test sets or advances it, it runs at the real
 * rate from {@link #SUITE_START}, whatever the real date: the fixtures are written for a programme
 * year (a cohort from 11 January 2027, sessions in February, milestones in March), and a suite run
 * next summer must see the same year ahead of it as one run today. It goes back to that running
 * time after every test. It is part of the one shared test context, so controlling time never
 * starts a second one: inject {@code TestClock} and call {@link #setInstant} or {@link #advance};
 * a test that needs "now" for its own data asks this clock, never {@code Instant.now()}.
 */
public class TestClock extends Clock {

	/** Where every run's clock starts: a Monday morning in December 2026, before the fixtures' year. */
	public static final Instant SUITE_START = LocalDateTime.of(2026, 12, 7, 11, 0).atZone(TimeConfiguration.LONDON)
		.toInstant();

	private static final long STARTED = System.nanoTime();

	private volatile Instant fixed;

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : SUITE_START.plusNanos(System.nanoTime() - STARTED);
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

	/** Back to the suite's running time. */
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

	/** Puts the clock back to the suite's running time after each integration test. */
	public static class ResetAfterEach implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
		}
	}
}

package org.practiceexchange.shared;

import java.time.Duration;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs an addition to a record again when another one reached the same record first. Adding a log
 * entry or a comment bumps the record's version, so two people adding at the same moment collide
 * although neither changes what the other wrote: the one that lost simply adds again, with a new
 * transaction each time (the write must be a call through a transactional bean, not a method of
 * the caller). A real conflict, a change made to a version someone else has changed since, is not
 * for this: let it fail, and the error handlers answer 409.
 */
@Component
public class SimultaneousWrites {

	private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
		.includes(ConcurrencyFailureException.class)
		.maxRetries(5)
		.delay(Duration.ofMillis(20))
		.multiplier(2)
		.jitter(Duration.ofMillis(15))
		.maxDelay(Duration.ofMillis(400))
		.build());

	/** Does the addition, again if a simultaneous write to the same record won; the last failure if every try lost. */
	public void add(Runnable addition) {
		try {
			retry.execute(() -> {
				addition.run();
				return null;
			});
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}
}

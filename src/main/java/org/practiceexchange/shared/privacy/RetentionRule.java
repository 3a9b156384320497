package org.practiceexchange.shared.privacy;

import java.time.Instant;

/**
 * Something a module keeps only for a while (unconfirmed registrations, expired links, drafts never
 * sent). The retention job calls every rule once a day; each removes its own records older than
 * its configured period ({@code exchange.retention.*}).
 */
public interface RetentionRule {

	/** What the rule removes, for the log. */
	String name();

	/** Removes what is past its period at {@code now}; answers how many records went. */
	int purge(Instant now);
}

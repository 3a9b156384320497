package org.practiceexchange.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.practiceexchange.shared.privacy.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (03:30 London time by default, {@code exchange.retention.cron}) runs every module's
 * {@link RetentionRule} at the same instant, each in its own transaction, and logs how many
 * records each removed. A rule that fails is logged and the others still run. On several nodes it
 * runs on one (a ShedLock row, as the other scheduled jobs).
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RetentionRule> rules;

	private final Clock clock;

	RetentionJob(List<RetentionRule> rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	/** What each rule removed, by its name. */
	@Scheduled(cron = "${exchange.retention.cron:0 30 3 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT30M")
	public Map<String, Integer> run() {
		Instant now = clock.instant();
		Map<String, Integer> removed = new LinkedHashMap<>();
		for (RetentionRule rule : rules) {
			try {
				int count = rule.purge(now);
				removed.put(rule.name(), count);
				log.info("Retention: removed {} {}", count, rule.name());
			}
			catch (RuntimeException ex) {
				log.warn("Retention: {} failed", rule.name(), ex);
			}
		}
		return removed;
	}
}

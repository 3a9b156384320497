package org.practiceexchange.consultation;

import java.sql.Timestamp;
import java.time.Instant;

import org.practiceexchange.shared.privacy.RetentionPeriods;
import org.practiceexchange.shared.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses started and never submitted, last saved longer ago than
 * {@code exchange.retention.draft-consultation-responses}, go with their answers. Submitted responses
 * (and the tallies built from them) are never touched.
 */
@Component
class DraftResponseRetention implements RetentionRule {

	private static final String STALE_DRAFTS = "select id from consultation_response where status = 'DRAFT' and saved_at < ?";

	private final JdbcTemplate jdbc;

	private final RetentionPeriods periods;

	DraftResponseRetention(JdbcTemplate jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public String name() {
		return "draft consultation responses";
	}

	@Override
	@Transactional
	public int purge(Instant now) {
		Timestamp cutOff = Timestamp.from(now.minus(periods.draftConsultationResponses()));
		jdbc.update("delete from consultation_answer_code where answer_id in (select id from consultation_answer "
				+ "where response_id in (" + STALE_DRAFTS + "))", cutOff);
		jdbc.update("delete from consultation_answer where response_id in (" + STALE_DRAFTS + ")", cutOff);
		return jdbc.update("delete from consultation_response where status = 'DRAFT' and saved_at < ?", cutOff);
	}
}

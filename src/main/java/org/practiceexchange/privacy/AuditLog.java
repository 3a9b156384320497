package org.practiceexchange.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in {@code audit_event}: rows are only ever added, in the transaction of the change
 * they describe (joining it, so a change that rolls back leaves no row). Nothing here updates or
 * deletes a row.
 */
@Component
class AuditLog implements Audit {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final int TEXT_LIMIT = 4000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String recordType, Long recordId, String before, String after) {
		jdbc.update("insert into audit_event (occurred_at, actor_id, action, record_type, record_id, before_value, "
				+ "after_value) values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), currentActor(), action,
				recordType, recordId, limit(before), limit(after));
	}

	/** One row of the trail. */
	record Event(long id, Instant occurredAt, Long actorId, String action, String recordType, Long recordId,
			String before, String after) {
	}

	/** What a manager filters by; any part may be empty. */
	record Filter(String action, String recordType, Long personId, LocalDate from, LocalDate to) {

		static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	@Transactional(readOnly = true)
	Page<Event> search(Filter filter, Pageable page) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
		args.add(page.getPageSize());
		args.add(page.getOffset());
		List<Event> events = jdbc.query("select * from audit_event" + where + " order by occurred_at desc, id desc "
				+ "limit ? offset ?", ROW, args.toArray());
		return new PageImpl<>(events, page, total);
	}

	/** Every matching row, oldest first, for the CSV. */
	@Transactional(readOnly = true)
	List<Event> all(Filter filter) {
		List<Object> args = new ArrayList<>();
		return jdbc.query("select * from audit_event" + where(filter, args) + " order by occurred_at, id", ROW,
				args.toArray());
	}

	@Transactional(readOnly = true)
	List<String> actions() {
		return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
	}

	@Transactional(readOnly = true)
	List<String> recordTypes() {
		return jdbc.queryForList("select distinct record_type from audit_event order by record_type", String.class);
	}

	private static String where(Filter filter, List<Object> args) {
		List<String> parts = new ArrayList<>();
		if (filter.action() != null && !filter.action().isBlank()) {
			parts.add("action = ?");
			args.add(filter.action());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			parts.add("record_type = ?");
			args.add(filter.recordType());
		}
		if (filter.personId() != null) {
			// The person acted, or the record is that person.
			parts.add("(actor_id = ? or (record_type = 'Person' and record_id = ?))");
			args.add(filter.personId());
			args.add(filter.personId());
		}
		if (filter.from() != null) {
			parts.add("occurred_at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(LONDON).toInstant()));
		}
		if (filter.to() != null) {
			parts.add("occurred_at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(LONDON).toInstant()));
		}
		return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
	}

	private static Long currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person.id()
				: null;
	}

	private static String limit(String text) {
		return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
	}

	private static final RowMapper<Event> ROW = (rs, n) -> new Event(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), (Long) rs.getObject("actor_id", Long.class), rs.getString("action"),
			rs.getString("record_type"), (Long) rs.getObject("record_id", Long.class), rs.getString("before_value"),
			rs.getString("after_value"));
}

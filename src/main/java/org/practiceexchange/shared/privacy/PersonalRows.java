package org.practiceexchange.shared.privacy;

import java.sql.ResultSetMetaData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for a subject access export, read with one query per kind of record: each row a map from
 * the column's name in camelCase ({@code created_at} → {@code createdAt}, whatever case the database
 * answers in) to its value, with times as instants and dates as local dates, so H2 and PostgreSQL
 * give the same JSON.
 */
public final class PersonalRows {

	private PersonalRows() {
	}

	public static List<Map<String, Object>> query(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.query(sql, (rs, n) -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				row.put(camelCase(meta.getColumnLabel(i)), plain(rs.getObject(i)));
			}
			return row;
		}, args);
	}

	/**
	 * Puts each child under its parent as the list {@code name}: children are matched on their
	 * {@code parentKey} against the parent's {@code id} (the key is then left out of the child).
	 */
	public static List<Map<String, Object>> nest(List<Map<String, Object>> parents, String name,
			List<Map<String, Object>> children, String parentKey) {
		Map<Object, List<Map<String, Object>>> byParent = new LinkedHashMap<>();
		for (Map<String, Object> child : children) {
			Object key = number(child.remove(parentKey));
			byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
		}
		for (Map<String, Object> parent : parents) {
			parent.put(name, byParent.getOrDefault(number(parent.get("id")), List.of()));
		}
		return parents;
	}

	/** Placeholders for an {@code in (…)} list of this many values. */
	public static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(Math.max(count, 1), "?"));
	}

	private static Object number(Object value) {
		return value instanceof Number n ? (Object) n.longValue() : value;
	}

	private static Object plain(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof java.time.LocalDateTime time) {
			return time;
		}
		return value;
	}

	static String camelCase(String column) {
		String lower = column.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		boolean upper = false;
		for (char c : lower.toCharArray()) {
			if (c == '_') {
				upper = !out.isEmpty();
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}
}

package org.practiceexchange.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted response as one row: who (role, organisation type, region, in words), when (a date), and each answer
 * in its own column (marks as numbers).
 */
@Component
class ResponseExport {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	ResponseExport(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<String> header(ConsultationView view) {
		List<String> header = new ArrayList<>(List.of("Response", "Submitted on", "Role", "Organisation type", "Region"));
		for (ConsultationView.QuestionView q : view.questions()) {
			if (q.kind() == QuestionKind.RECOMMENDATIONS) {
				for (ConsultationView.RecommendationView r : view.recommendations()) {
					header.add("Recommendation " + r.number());
					header.add("Recommendation " + r.number() + " marks");
				}
			}
			else {
				header.add(q.prompt());
			}
		}
		return header;
	}

	@Transactional(readOnly = true)
	List<List<Object>> rows(ConsultationView view) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		int column = 5;
		for (ConsultationView.QuestionView q : view.questions()) {
			if (q.kind() == QuestionKind.RECOMMENDATIONS) {
				for (ConsultationView.RecommendationView r : view.recommendations()) {
					columns.put("rec-" + r.id(), column++);
					columns.put("marks-" + r.id(), column++);
				}
			}
			else {
				columns.put("q-" + q.id(), column++);
			}
		}
		int width = column;
		Map<Long, Object[]> rows = new LinkedHashMap<>();
		jdbc.query("select id, submitted_on, respondent_role, organisation_type, region from consultation_response "
				+ "where consultation_id = ? and status = 'SUBMITTED' order by id", rs -> {
					Object[] row = new Object[width];
					row[0] = rs.getLong(1);
					row[1] = rs.getObject(2, LocalDate.class);
					row[2] = words("role.", rs.getString(3));
					row[3] = words("orgType.", rs.getString(4));
					row[4] = words("region.", rs.getString(5));
					rows.put(rs.getLong(1), row);
				}, view.id());
		jdbc.query("select response_id, question_id, recommendation_id, aspect, choice, text_value from consultation_answer "
				+ "where consultation_id = ? and submitted = true", rs -> {
					Object[] row = rows.get(rs.getLong(1));
					if (row == null) {
						return;
					}
					long recommendation = rs.getLong(3);
					String key = rs.wasNull() ? "q-" + rs.getLong(2)
							: (Answer.ABOUT_MARKS.equals(rs.getString(4)) ? "marks-" : "rec-") + recommendation;
					Integer at = columns.get(key);
					if (at != null) {
						String text = rs.getString(6);
						row[at] = text != null ? text : label(key, rs.getInt(5));
					}
				}, view.id());
		return rows.values().stream().map(Arrays::asList).toList();
	}

	/** A respondent's answer about themselves as the words the form showed, not the stored code. */
	private String words(String prefix, String code) {
		return code == null ? null : messages.getMessage(prefix + code, null, code, Locale.UK);
	}

	private static Object label(String key, int choice) {
		if (key.startsWith("q-")) {
			return choice >= 1 && choice <= 5 ? AnalysisService.SCALE_LABELS.get(choice - 1) : choice;
		}
		return switch (choice) {
			case 1 -> "Agree";
			case 2 -> "Not sure";
			case 3 -> "Disagree";
			default -> choice;
		};
	}
}

package org.practiceexchange.consultation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.practiceexchange.shared.export.Spreadsheets;

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

	/** Rows the database hands over at a time. */
	static final int FETCH = 500;

	/** Rows written between flushes of a CSV download. */
	static final int FLUSH_EVERY = 1000;

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

	/**
	 * Every submitted response in order of id, handed to {@code sink} one row at a time as the
	 * result set is read (a cursor of {@link #FETCH} rows on PostgreSQL), so a million responses
	 * never sit in memory together: each row is complete when the next response's first answer is read.
	 */
	@Transactional(readOnly = true)
	void write(ConsultationView view, Consumer<List<Object>> sink) {
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
		Map<String, String> words = new HashMap<>();
		Object[][] current = new Object[1][];
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(FETCH);
		cursor.query("select r.id, r.submitted_on, r.respondent_role, r.organisation_type, r.region, "
				+ "a.question_id, a.recommendation_id, a.aspect, a.choice, a.text_value from consultation_response r "
				+ "left join consultation_answer a on a.response_id = r.id and a.submitted = true "
				+ "where r.consultation_id = ? and r.status = 'SUBMITTED' order by r.id", rs -> {
					long id = rs.getLong(1);
					Object[] row = current[0];
					if (row == null || !Long.valueOf(id).equals(row[0])) {
						if (row != null) {
							sink.accept(Arrays.asList(row));
						}
						row = new Object[width];
						row[0] = id;
						row[1] = rs.getObject(2, LocalDate.class);
						row[2] = words(words, "role.", rs.getString(3));
						row[3] = words(words, "orgType.", rs.getString(4));
						row[4] = words(words, "region.", rs.getString(5));
						current[0] = row;
					}
					long question = rs.getLong(6);
					if (rs.wasNull()) {
						return;
					}
					long recommendation = rs.getLong(7);
					String key = rs.wasNull() ? "q-" + question
							: (Answer.ABOUT_MARKS.equals(rs.getString(8)) ? "marks-" : "rec-") + recommendation;
					Integer at = columns.get(key);
					if (at != null) {
						String text = rs.getString(10);
						row[at] = text != null ? text : label(key, rs.getInt(9));
					}
				}, view.id());
		if (current[0] != null) {
			sink.accept(Arrays.asList(current[0]));
		}
	}

	/** Every submitted response as CSV (with the byte-order mark), written to {@code out} as it is read. */
	@Transactional(readOnly = true)
	void csv(ConsultationView view, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		try (Spreadsheets.SafeCsv csv = Spreadsheets.csv(writer, header(view))) {
			int[] written = new int[1];
			write(view, row -> {
				csv.row(row);
				// a flush every so often sends what is written, so the browser shows the download going
				if (++written[0] % FLUSH_EVERY == 0) {
					flush(writer);
				}
			});
		}
	}

	/**
	 * Every submitted response as a workbook. Rows go to disk through POI's streaming workbook as
	 * they are read (a window of a few hundred in memory); the file is sent once the last row is in.
	 */
	@Transactional(readOnly = true)
	void xlsx(ConsultationView view, OutputStream out) throws IOException {
		try (Spreadsheets.XlsxWriter xlsx = Spreadsheets.xlsx("Responses", header(view))) {
			write(view, xlsx::row);
			xlsx.finish(out);
		}
	}

	private static void flush(Writer writer) {
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A respondent's answer about themselves as the words the form showed, not the stored code. */
	private String words(Map<String, String> known, String prefix, String code) {
		return code == null ? null
				: known.computeIfAbsent(prefix + code, key -> messages.getMessage(key, null, code, Locale.UK));
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

package org.practiceexchange.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's analysis of submitted responses. Every figure reads the running totals kept at
 * submission ({@link Tallies}): a few hundred rows per consultation whatever the number of
 * responses. Free-text answers are read 50 at a time by an index on question and id.
 */
@Service
@Transactional(readOnly = true)
class AnalysisService {

	static final List<String> SCALE_LABELS = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
			"Strongly agree");

	enum Dimension {
		ROLE("respondent_role"), ORGANISATION_TYPE("organisation_type"), REGION("region");

		private final String column;

		Dimension(String column) {
			this.column = column;
		}
	}

	record Count(String label, long count, double percent) {
	}

	record Distribution(Long questionId, String prompt, List<Count> counts, long total) {
	}

	record CrossTab(Long questionId, String prompt, List<String> rows, Map<String, long[]> counts) {

		public long[] row(String key) {
			return counts.getOrDefault(key, new long[5]);
		}
	}

	record Agreement(long agree, long unsure, long disagree, long marksAgree, long marksUnsure, long marksDisagree) {

		public long total() {
			return agree + unsure + disagree;
		}

		public long agreePercent() {
			return total() == 0 ? 0 : Math.round(100.0 * agree / total());
		}
	}

	record TextAnswer(Long id, Long questionId, String text, List<String> codes) {
	}

	private final JdbcTemplate jdbc;

	private final AnswerCodeRepository codes;

	private final Clock clock;

	private final Audit audit;

	AnalysisService(JdbcTemplate jdbc, AnswerCodeRepository codes, Clock clock, Audit audit) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.clock = clock;
		this.audit = audit;
	}

	long submitted(Long consultationId) {
		Long count = jdbc.queryForObject(
				"select coalesce(sum(responses), 0) from consultation_daily where consultation_id = ?", Long.class,
				consultationId);
		return count == null ? 0 : count;
	}

	List<Count> overTime(Long consultationId) {
		List<Count> days = new ArrayList<>();
		jdbc.query("select submitted_on, responses from consultation_daily where consultation_id = ? and responses > 0 "
				+ "order by submitted_on", rs -> {
					days.add(new Count(rs.getObject(1, LocalDate.class).toString(), rs.getLong(2), 0));
				}, consultationId);
		long total = days.stream().mapToLong(Count::count).sum();
		return days.stream().map(d -> new Count(d.label(), d.count(), percent(d.count(), total))).toList();
	}

	Distribution distribution(Long consultationId, ConsultationView.QuestionView question) {
		long[] counts = new long[5];
		jdbc.query("select choice, sum(answers) from consultation_tally where consultation_id = ? "
				+ "and question_id = ? and recommendation_id = 0 group by choice", rs -> {
					int choice = rs.getInt(1);
					if (choice >= 1 && choice <= 5) {
						counts[choice - 1] = rs.getLong(2);
					}
				}, consultationId, question.id());
		long total = java.util.Arrays.stream(counts).sum();
		List<Count> list = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			list.add(new Count(SCALE_LABELS.get(i), counts[i], percent(counts[i], total)));
		}
		return new Distribution(question.id(), question.prompt(), list, total);
	}

	CrossTab crossTab(Long consultationId, ConsultationView.QuestionView question, Dimension dimension) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		jdbc.query("select " + dimension.column + ", choice, sum(answers) from consultation_tally where consultation_id = ? "
				+ "and question_id = ? and recommendation_id = 0 group by " + dimension.column + ", choice "
				+ "order by " + dimension.column, rs -> {
					String key = rs.getString(1) == null || rs.getString(1).isEmpty() ? "NOT_SAID" : rs.getString(1);
					int choice = rs.getInt(2);
					if (choice >= 1 && choice <= 5) {
						counts.computeIfAbsent(key, k -> new long[5])[choice - 1] = rs.getLong(3);
					}
				}, consultationId, question.id());
		return new CrossTab(question.id(), question.prompt(), new ArrayList<>(counts.keySet()), counts);
	}

	/** Agreement with each recommendation and with its marks, by recommendation id. */
	Map<Long, Agreement> agreement(Long consultationId) {
		Map<Long, long[]> raw = new HashMap<>();
		jdbc.query("select recommendation_id, aspect, choice, answers from consultation_tally where consultation_id = ? "
				+ "and recommendation_id <> 0", rs -> {
					long[] counts = raw.computeIfAbsent(rs.getLong(1), k -> new long[6]);
					int offset = Answer.ABOUT_MARKS.equals(rs.getString(2)) ? 3 : 0;
					int choice = rs.getInt(3);
					if (choice >= 1 && choice <= 3) {
						counts[offset + choice - 1] = rs.getLong(4);
					}
				}, consultationId);
		Map<Long, Agreement> result = new HashMap<>();
		raw.forEach((id, c) -> result.put(id, new Agreement(c[0], c[1], c[2], c[3], c[4], c[5])));
		return result;
	}

	/**
	 * Free-text answers, newest first, 50 a page: to one question or all, optionally containing some
	 * text or carrying a code. Reads the list of text answers kept at submission, never the choices.
	 */
	List<TextAnswer> texts(Long consultationId, Long questionId, String search, String code, int page) {
		boolean coded = code != null && !code.isBlank();
		StringBuilder sql = new StringBuilder(coded
				? "select t.answer_id, t.question_id, t.text_value from consultation_answer_code c "
						+ "join consultation_text_answer t on t.answer_id = c.answer_id where c.consultation_id = ? and c.code = ?"
				: "select t.answer_id, t.question_id, t.text_value from consultation_text_answer t where t.consultation_id = ?");
		List<Object> args = new ArrayList<>(List.of(consultationId));
		if (coded) {
			args.add(code.strip());
		}
		if (questionId != null) {
			sql.append(" and t.question_id = ?");
			args.add(questionId);
		}
		if (search != null && !search.isBlank()) {
			sql.append(" and lower(t.text_value) like ?");
			args.add("%" + search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		// The order names the index's columns as it holds them, so H2 reads the page off the index
		// instead of sorting every answer (PostgreSQL does either way).
		sql.append(coded ? " order by c.consultation_id, c.code, c.answer_id desc"
				: questionId != null ? " order by t.consultation_id, t.question_id, t.answer_id desc"
						: " order by t.consultation_id, t.answer_id desc");
		sql.append(" limit 50 offset ?");
		args.add(Math.max(page, 0) * 50);
		List<TextAnswer> answers = jdbc.query(sql.toString(),
				(rs, n) -> new TextAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), new ArrayList<>()), args.toArray());
		Map<Long, TextAnswer> byId = new HashMap<>();
		answers.forEach(a -> byId.put(a.id(), a));
		codes.findByAnswerIdIn(byId.keySet()).forEach(c -> byId.get(c.answerId()).codes().add(c.code()));
		return answers;
	}

	List<String> codesInUse(Long consultationId) {
		return jdbc.queryForList("select distinct code from consultation_answer_code where consultation_id = ? order by code",
				String.class, consultationId);
	}

	/** How many answers carry each code, per free-text question (by question id) and in all; codes in order. */
	record CodeTally(String code, Map<Long, Long> byQuestion, long total) {

		public long forQuestion(Long questionId) {
			return byQuestion.getOrDefault(questionId, 0L);
		}
	}

	List<CodeTally> codeTallies(Long consultationId) {
		Map<String, Map<Long, Long>> counts = new java.util.TreeMap<>();
		jdbc.query("select c.code, t.question_id, count(*) from consultation_answer_code c "
				+ "join consultation_text_answer t on t.answer_id = c.answer_id where c.consultation_id = ? "
				+ "group by c.code, t.question_id", rs -> {
					counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
				}, consultationId);
		List<CodeTally> tallies = new ArrayList<>();
		counts.forEach((code, byQuestion) -> tallies
			.add(new CodeTally(code, byQuestion, byQuestion.values().stream().mapToLong(Long::longValue).sum())));
		return tallies;
	}

	/** How many answers of this consultation carry the code (0 when it is on none). */
	long answersWithCode(Long consultationId, String code) {
		Long count = jdbc.queryForObject("select count(*) from consultation_answer_code where consultation_id = ? and code = ?",
				Long.class, consultationId, code == null ? "" : code.strip());
		return count == null ? 0 : count;
	}

	/** Takes a code off one answer; the answer must be this consultation's and carry the code. */
	@Transactional
	void removeCode(Long consultationId, Long answerId, String code) {
		int removed = jdbc.update("delete from consultation_answer_code where consultation_id = ? and answer_id = ? and code = ?",
				consultationId, answerId, code == null ? "" : code.strip());
		if (removed == 0) {
			throw new org.practiceexchange.shared.RecordNotFoundException("Code on answer", answerId);
		}
	}

	/** Takes a code off every answer of the consultation, so it is no longer in use; returns how many it was on. */
	@Transactional
	int removeCodeEverywhere(Long consultationId, String code) {
		int removed = jdbc.update("delete from consultation_answer_code where consultation_id = ? and code = ?", consultationId,
				code == null ? "" : code.strip());
		if (removed == 0) {
			throw new org.practiceexchange.shared.RecordNotFoundException("Code", code);
		}
		audit.record("CONSULTATION_CODE_REMOVED", "Consultation", consultationId, "code=" + code.strip() + "; answers=" + removed,
				null);
		return removed;
	}

	@Transactional
	void applyCode(Long consultationId, Long answerId, String code, Long managerId) {
		String cleaned = code == null ? "" : code.strip().replaceAll("\\s+", " ");
		if (cleaned.isEmpty() || cleaned.length() > 60) {
			throw new DomainRuleException("code", "Enter a code of up to 60 characters");
		}
		Integer found = jdbc.queryForObject("select count(*) from consultation_text_answer where answer_id = ? and consultation_id = ?",
				Integer.class, answerId, consultationId);
		if (found == null || found == 0) {
			throw new org.practiceexchange.shared.RecordNotFoundException("Answer", answerId);
		}
		if (!codes.existsByAnswerIdAndCode(answerId, cleaned)) {
			codes.save(new AnswerCode(answerId, consultationId, cleaned, managerId, clock.instant()));
		}
	}

	private static double percent(long part, long total) {
		return total == 0 ? 0 : Math.round(1000.0 * part / total) / 10.0;
	}
}

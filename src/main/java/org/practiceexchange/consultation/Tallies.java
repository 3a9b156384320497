package org.practiceexchange.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Running totals of submitted answers, added to in the transaction that submits a response, and
 * the list of their free-text answers (consultation_text_answer). Each
 * key is first inserted with nought if missing (atomic on PostgreSQL and H2), then incremented, so
 * two respondents submitting at once never lose a count or fail on a duplicate key.
 */
@Component
class Tallies {

	private static final String ENSURE = "insert into consultation_tally (consultation_id, question_id, recommendation_id, "
			+ "aspect, respondent_role, organisation_type, region, choice, answers) values (?, ?, ?, ?, ?, ?, ?, ?, 0) "
			+ "on conflict do nothing";

	private static final String ADD = "update consultation_tally set answers = answers + ? where consultation_id = ? "
			+ "and question_id = ? and recommendation_id = ? and aspect = ? and respondent_role = ? "
			+ "and organisation_type = ? and region = ? and choice = ?";

	private final JdbcTemplate jdbc;

	Tallies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts a response that has just been submitted, and lists its free-text answers for the
	 * analysis. Its answers must have been flushed (they need their ids).
	 */
	void count(Response response) {
		jdbc.update("insert into consultation_text_answer (answer_id, consultation_id, question_id, text_value) "
				+ "select id, consultation_id, question_id, text_value from consultation_answer "
				+ "where response_id = ? and text_value is not null", response.id());
		Map<List<Object>, Integer> keys = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		String role = name(response.role());
		String type = name(response.organisationType());
		String region = name(response.region());
		for (Answer answer : response.answers()) {
			if (answer.choice() == null) {
				continue;
			}
			List<Object> key = answer.recommendationId() == null
					? List.of(response.consultationId(), answer.questionId(), 0L, "", role, type, region, answer.choice())
					: List.of(response.consultationId(), answer.questionId(), answer.recommendationId(), answer.aspect(), "", "",
							"", answer.choice());
			keys.merge(key, 1, Integer::sum);
		}
		// Sorted keys: concurrent submissions lock rows in the same order, so they never deadlock.
		List<Object[]> ensure = new ArrayList<>();
		List<Object[]> add = new ArrayList<>();
		keys.forEach((key, count) -> {
			ensure.add(key.toArray());
			List<Object> args = new ArrayList<>(List.of(count));
			args.addAll(key);
			add.add(args.toArray());
		});
		jdbc.batchUpdate(ENSURE, ensure);
		jdbc.batchUpdate(ADD, add);
		jdbc.update("insert into consultation_daily (consultation_id, submitted_on, responses) values (?, ?, 0) "
				+ "on conflict do nothing", response.consultationId(), response.submittedOn());
		jdbc.update("update consultation_daily set responses = responses + 1 where consultation_id = ? and submitted_on = ?",
				response.consultationId(), response.submittedOn());
	}

	private static String name(Enum<?> value) {
		return value == null ? "" : value.name();
	}
}

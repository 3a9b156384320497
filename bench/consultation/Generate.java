import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the first consultation of a Practice Exchange database (H2) with N submitted responses, as
 * the app would store them: each has three scale answers, a free-text answer (one in three), and
 * agreement with five recommendations and their marks (about 14 answer rows per response). Then it
 * rebuilds what the app keeps at submission (the running totals consultation_tally and
 * consultation_daily, and the list of free-text answers consultation_text_answer) with the same
 * statements the migrations use, so the analysis reads exactly what the app would.
 *
 * The rows are written set by set in SQL (INSERT … SELECT over SYSTEM_RANGE), 100,000 responses per
 * transaction: a million responses take minutes rather than hours.
 *
 * Usage: java -cp h2.jar Generate.java JDBC_URL USER PASSWORD RESPONSES
 */
public class Generate {

	static final String ROLES = "array['TEACHER_OR_TRAINER', 'MANAGER_OR_LEADER', 'TEACHER_EDUCATOR', 'RESEARCHER', "
			+ "'SUPPORT_STAFF', 'POLICY_OR_FUNDER', 'OTHER']";

	static final String TYPES = "array['FE_COLLEGE', 'SIXTH_FORM_COLLEGE', 'ADULT_COMMUNITY_LEARNING', "
			+ "'INDEPENDENT_TRAINING_PROVIDER', 'UNIVERSITY']";

	static final String REGIONS = "array['NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', "
			+ "'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST']";

	static final int CHUNK = 100_000;

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int total = Integer.parseInt(args[3]);
		try (Connection db = DriverManager.getConnection(url, args[1], args[2]); Statement s = db.createStatement()) {
			db.setAutoCommit(false);
			long consultation = single(s, "select min(id) from consultation");
			List<Long> scales = ids(s, "select id from consultation_question where consultation_id = " + consultation
					+ " and kind = 'SCALE' order by position");
			List<Long> texts = ids(s, "select id from consultation_question where consultation_id = " + consultation
					+ " and kind = 'FREE_TEXT' order by position");
			long recommendationQuestion = single(s, "select coalesce(min(id), 0) from consultation_question where consultation_id = "
					+ consultation + " and kind = 'RECOMMENDATIONS'");
			List<Long> recommendations = ids(s, "select id from consultation_recommendation where consultation_id = "
					+ consultation + " order by id");
			String recommendationIds = "array[" + String.join(", ", recommendations.stream().map(String::valueOf).toList()) + "]";
			String textIds = "array[" + String.join(", ", texts.stream().map(String::valueOf).toList()) + "]";
			long started = System.nanoTime();
			for (int done = 0; done < total; done += CHUNK) {
				int size = Math.min(CHUNK, total - done);
				long from = single(s, "select coalesce(max(id), 0) from consultation_response") + 1;
				// Responses: role, organisation type, region and day spread by multiplicative hashing of the row number.
				try (PreparedStatement responses = db.prepareStatement("insert into consultation_response (id, consultation_id, token, "
						+ "respondent_role, organisation_type, region, status, started_at, saved_at, submitted_at, submitted_on, "
						+ "link_sent, version) select ? + x - 1, ?, 'bench-' || (? + x - 1), " + ROLES + "[mod(x * 7919, 7) + 1], "
						+ TYPES + "[mod(x * 104729, 5) + 1], " + REGIONS + "[mod(x * 1299709, 9) + 1], 'SUBMITTED', "
						+ "timestamp with time zone '2026-10-01 12:00:00+00' + mod(x * 31, 60) * interval '1' day, "
						+ "timestamp with time zone '2026-10-01 12:00:00+00' + mod(x * 31, 60) * interval '1' day, "
						+ "timestamp with time zone '2026-10-01 12:00:00+00' + mod(x * 31, 60) * interval '1' day, "
						+ "date '2026-10-01' + mod(x * 31, 60), false, 0 from system_range(1, ?) g(x)")) {
					responses.setLong(1, from);
					responses.setLong(2, consultation);
					responses.setLong(3, from);
					responses.setInt(4, size);
					responses.executeUpdate();
				}
				String window = " from consultation_response r where r.id >= " + from + " and r.id < " + (from + size);
				String answer = "insert into consultation_answer (response_id, consultation_id, question_id, recommendation_id, "
						+ "aspect, choice, text_value, submitted, respondent_role, organisation_type, region) ";
				for (Long scale : scales) {
					s.executeUpdate(answer + "select r.id, r.consultation_id, " + scale + ", null, null, cast(floor(rand() * 5) + 1 as smallint), "
							+ "null, true, r.respondent_role, r.organisation_type, r.region" + window);
				}
				if (!texts.isEmpty()) {
					s.executeUpdate(answer + "select r.id, r.consultation_id, " + textIds + "[mod(r.id, " + texts.size() + ") + 1], "
							+ "null, null, null, 'Generated answer ' || cast(floor(rand() * 100000) as int) "
							+ "|| ' about mentoring and time to collaborate', true, r.respondent_role, r.organisation_type, r.region"
							+ window + " and mod(r.id, 3) = 0");
				}
				if (recommendationQuestion > 0 && !recommendations.isEmpty()) {
					for (String aspect : List.of("RECOMMENDATION", "MARKS")) {
						s.executeUpdate(answer + "select r.id, r.consultation_id, " + recommendationQuestion + ", " + recommendationIds
								+ "[mod(r.id * 13 + k * 7, " + recommendations.size() + ") + 1], '" + aspect + "', "
								+ "cast(floor(rand() * 3) + 1 as smallint), null, true, r.respondent_role, r.organisation_type, r.region"
								+ " from consultation_response r cross join system_range(1, 5) k(k) where r.id >= " + from
								+ " and r.id < " + (from + size));
					}
				}
				db.commit();
				System.out.printf("%d responses… (%.0f s)%n", done + size, (System.nanoTime() - started) / 1e9);
			}
			// The ids were given here, so move the identity on past them for the app's own inserts.
			s.execute("alter table consultation_response alter column id restart with "
					+ (single(s, "select max(id) from consultation_response") + 1));
			rebuildTotals(s, consultation);
			db.commit();
			System.out.printf("Generated %d responses and their running totals in %.1f s%n", total,
					(System.nanoTime() - started) / 1e9);
			System.out.printf("Answer rows: %d; tally rows: %d%n",
					single(s, "select count(*) from consultation_answer where consultation_id = " + consultation),
					single(s, "select count(*) from consultation_tally where consultation_id = " + consultation));
		}
	}

	/** The app adds to these at each submission; here they are rebuilt once, as V31 and V32 of the consultation migrations do. */
	static void rebuildTotals(Statement s, long consultation) throws Exception {
		s.executeUpdate("delete from consultation_tally where consultation_id = " + consultation);
		s.executeUpdate("delete from consultation_daily where consultation_id = " + consultation);
		s.executeUpdate("insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role, "
				+ "organisation_type, region, choice, answers) select consultation_id, question_id, 0, '', coalesce(respondent_role, ''), "
				+ "coalesce(organisation_type, ''), coalesce(region, ''), choice, count(*) from consultation_answer where consultation_id = "
				+ consultation + " and submitted = true and choice is not null and recommendation_id is null group by consultation_id, "
				+ "question_id, coalesce(respondent_role, ''), coalesce(organisation_type, ''), coalesce(region, ''), choice");
		s.executeUpdate("insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role, "
				+ "organisation_type, region, choice, answers) select consultation_id, question_id, recommendation_id, aspect, '', '', '', "
				+ "choice, count(*) from consultation_answer where consultation_id = " + consultation + " and submitted = true "
				+ "and choice is not null and recommendation_id is not null group by consultation_id, question_id, recommendation_id, "
				+ "aspect, choice");
		s.executeUpdate("delete from consultation_text_answer where consultation_id = " + consultation);
		s.executeUpdate("insert into consultation_text_answer (answer_id, consultation_id, question_id, text_value) select id, "
				+ "consultation_id, question_id, text_value from consultation_answer where consultation_id = " + consultation
				+ " and submitted = true and text_value is not null");
		s.executeUpdate("insert into consultation_daily (consultation_id, submitted_on, responses) select consultation_id, "
				+ "submitted_on, count(*) from consultation_response where consultation_id = " + consultation
				+ " and status = 'SUBMITTED' group by consultation_id, submitted_on");
	}

	static long single(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static List<Long> ids(Statement s, String sql) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}
}

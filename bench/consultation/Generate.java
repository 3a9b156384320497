import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills the first consultation of a Practice Exchange database with N submitted responses, as the
 * app would store them: each has three scale answers, a free-text answer (one in three), and
 * agreement with five random recommendations and their marks (about 14 answer rows per response).
 *
 * Usage: java -cp h2.jar Generate.java JDBC_URL USER PASSWORD RESPONSES
 */
public class Generate {

	static final String[] ROLES = { "TEACHER_OR_TRAINER", "MANAGER_OR_LEADER", "TEACHER_EDUCATOR", "RESEARCHER", "SUPPORT_STAFF",
			"POLICY_OR_FUNDER", "OTHER" };

	static final String[] TYPES = { "FE_COLLEGE", "SIXTH_FORM_COLLEGE", "ADULT_COMMUNITY_LEARNING", "INDEPENDENT_TRAINING_PROVIDER",
			"UNIVERSITY" };

	static final String[] REGIONS = { "NORTH_EAST", "NORTH_WEST", "YORKSHIRE_AND_THE_HUMBER", "EAST_MIDLANDS", "WEST_MIDLANDS",
			"EAST_OF_ENGLAND", "LONDON", "SOUTH_EAST", "SOUTH_WEST" };

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int total = Integer.parseInt(args[3]);
		Random random = new Random(1);
		try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
			db.setAutoCommit(false);
			long consultation;
			List<Long> scales = new ArrayList<>();
			List<Long> texts = new ArrayList<>();
			List<Long> recommendations = new ArrayList<>();
			long recommendationQuestion = 0;
			try (Statement s = db.createStatement()) {
				ResultSet rs = s.executeQuery("select min(id) from consultation");
				rs.next();
				consultation = rs.getLong(1);
				rs = s.executeQuery("select id, kind from consultation_question where consultation_id = " + consultation + " order by position");
				while (rs.next()) {
					switch (rs.getString(2)) {
						case "SCALE" -> scales.add(rs.getLong(1));
						case "FREE_TEXT" -> texts.add(rs.getLong(1));
						default -> recommendationQuestion = rs.getLong(1);
					}
				}
				rs = s.executeQuery("select id from consultation_recommendation where consultation_id = " + consultation);
				while (rs.next()) {
					recommendations.add(rs.getLong(1));
				}
				rs = s.executeQuery("select coalesce(max(id), 0) from consultation_response");
				rs.next();
			}
			long started = System.nanoTime();
			LocalDate first = LocalDate.of(2026, 10, 1);
			PreparedStatement response = db.prepareStatement("insert into consultation_response (consultation_id, token, respondent_role, "
					+ "organisation_type, region, status, started_at, saved_at, submitted_at, submitted_on, link_sent, version) "
					+ "values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, false, 0)", Statement.RETURN_GENERATED_KEYS);
			PreparedStatement answer = db.prepareStatement("insert into consultation_answer (response_id, consultation_id, question_id, "
					+ "recommendation_id, aspect, choice, text_value, submitted, respondent_role, organisation_type, region) "
					+ "values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)");
			int batch = 1000;
			for (int done = 0; done < total; done += batch) {
				int size = Math.min(batch, total - done);
				String[][] who = new String[size][];
				for (int i = 0; i < size; i++) {
					who[i] = new String[] { ROLES[random.nextInt(ROLES.length)], TYPES[random.nextInt(TYPES.length)],
							REGIONS[random.nextInt(REGIONS.length)] };
					LocalDate day = first.plusDays(random.nextInt(60));
					Timestamp at = Timestamp.from(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
					response.setLong(1, consultation);
					response.setString(2, UUID.randomUUID().toString());
					response.setString(3, who[i][0]);
					response.setString(4, who[i][1]);
					response.setString(5, who[i][2]);
					response.setTimestamp(6, at);
					response.setTimestamp(7, at);
					response.setTimestamp(8, at);
					response.setObject(9, day);
					response.addBatch();
				}
				response.executeBatch();
				ResultSet keys = response.getGeneratedKeys();
				int i = 0;
				while (keys.next()) {
					long id = keys.getLong(1);
					String[] w = who[i++];
					for (Long scale : scales) {
						add(answer, id, consultation, scale, null, null, 1 + random.nextInt(5), null, w);
					}
					if (!texts.isEmpty() && random.nextInt(3) == 0) {
						add(answer, id, consultation, texts.get(random.nextInt(texts.size())), null, null, null,
								"Generated answer " + random.nextInt(100000) + " about mentoring and time to collaborate", w);
					}
					for (int r = 0; r < 5 && recommendationQuestion > 0; r++) {
						Long rec = recommendations.get(random.nextInt(recommendations.size()));
						add(answer, id, consultation, recommendationQuestion, rec, "RECOMMENDATION", 1 + random.nextInt(3), null, w);
						add(answer, id, consultation, recommendationQuestion, rec, "MARKS", 1 + random.nextInt(3), null, w);
					}
				}
				answer.executeBatch();
				db.commit();
				if ((done / batch) % 50 == 0) {
					System.out.printf("%d responses…%n", done + size);
				}
			}
			System.out.printf("Generated %d responses in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
		}
	}

	static void add(PreparedStatement answer, long response, long consultation, long question, Long recommendation, String aspect,
			Integer choice, String text, String[] who) throws Exception {
		answer.setLong(1, response);
		answer.setLong(2, consultation);
		answer.setLong(3, question);
		answer.setObject(4, recommendation);
		answer.setString(5, aspect);
		answer.setObject(6, choice == null ? null : choice.shortValue());
		answer.setString(7, text);
		answer.setString(8, who[0]);
		answer.setString(9, who[1]);
		answer.setString(10, who[2]);
		answer.addBatch();
	}
}

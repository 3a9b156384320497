package org.practiceexchange.community;

import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The community module's parts of a person's export: the posts they wrote, and their memberships and requests. */
final class CommunityPersonalData {

	private CommunityPersonalData() {
	}

	@Component
	static class Posts implements PersonalData {

		private final JdbcTemplate jdbc;

		Posts(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "communityPosts";
		}

		@Override
		public Object export(DataSubject person) {
			return PersonalRows.query(jdbc, """
					select p.id, p.community_id, c.name as community, p.thread_id, t.title as thread, p.body, p.posted_at,
					       p.edited_at, p.hidden
					from community_post p join community_thread t on t.id = p.thread_id join community c on c.id = p.community_id
					where p.author_id = ? order by p.posted_at, p.id""", person.id());
		}
	}

	@Component
	static class Memberships implements PersonalData {

		private final JdbcTemplate jdbc;

		Memberships(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "communityMemberships";
		}

		@Override
		public Object export(DataSubject person) {
			Map<String, Object> memberships = new LinkedHashMap<>();
			memberships.put("member", PersonalRows.query(jdbc, """
					select c.id as community_id, c.name as community, m.joined_at from community_member m
					join community c on c.id = m.community_id where m.person_id = ? order by m.joined_at""", person.id()));
			memberships.put("requests", PersonalRows.query(jdbc, """
					select r.id, r.community_id, c.name as community, r.message, r.status, r.requested_at, r.decided_at, r.note
					from community_membership_request r join community c on c.id = r.community_id
					where r.person_id = ? order by r.requested_at""", person.id()));
			memberships.put("reportsMade", PersonalRows.query(jdbc, """
					select id, community_id, post_id, reason, reported_at, resolved_at, outcome from community_report
					where reporter_id = ? order by reported_at""", person.id()));
			return memberships;
		}
	}
}

package org.practiceexchange.project;

import java.util.List;
import java.util.Map;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a person has a project to go to, asked by the navigation of this module and of those whose
 * pages exist only around projects (inquiries, reports): one query, answering yes or no.
 */
@Component
public class ProjectInvolvement {

	private final NamedParameterJdbcTemplate jdbc;

	ProjectInvolvement(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the person is a member, facilitator or mentor of a project, or a provider lead whose
	 * staff are members of one: whether their list of projects has anything in it.
	 */
	public boolean hasAProject(SignedInPerson me) {
		return any(me, false);
	}

	/** As {@link #hasAProject}, or named as a project's external validator. */
	public boolean hasOrValidatesAProject(SignedInPerson me) {
		return any(me, me.hasRole(Role.VALIDATOR));
	}

	private boolean any(SignedInPerson me, boolean validated) {
		List<Long> followed = me.hasRole(Role.PROVIDER_LEAD) ? me.organisationIds() : List.of();
		String sql = "select case when exists (select 1 from project_member where person_id = :person"
				+ (followed.isEmpty() ? "" : " or organisation_id in (:organisations)") + ")"
				+ " or exists (select 1 from project where facilitator_id = :person or mentor_id = :person"
				+ (validated ? " or validator_id = :person" : "") + ") then 1 else 0 end";
		Map<String, Object> parameters = followed.isEmpty() ? Map.of("person", me.id())
				: Map.of("person", me.id(), "organisations", followed);
		Integer found = jdbc.queryForObject(sql, parameters, Integer.class);
		return found != null && found == 1;
	}
}

package org.practiceexchange.privacy;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail's rows that name the person: the changes they made, and the changes made to their
 * own account (roles, erasure), for their subject access export. Before and after are given only for
 * changes to their own account: a change they made to someone else's record may describe that person.
 */
@Component
class AuditPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	AuditPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "auditTrail";
	}

	@Override
	public Object export(DataSubject person) {
		return PersonalRows.query(jdbc, """
				select id, occurred_at, actor_id, action, record_type, record_id,
				       case when record_type = 'Person' and record_id = ? then before_value end as before_value,
				       case when record_type = 'Person' and record_id = ? then after_value end as after_value
				from audit_event where actor_id = ? or (record_type = 'Person' and record_id = ?)
				order by occurred_at, id""", person.id(), person.id(), person.id(), person.id());
	}

	/** The trail records changes to other records; it never keeps a registration by itself. */
	@Override
	public boolean holdsRecordsOf(DataSubject person) {
		return false;
	}
}

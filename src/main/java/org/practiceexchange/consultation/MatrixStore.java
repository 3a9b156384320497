package org.practiceexchange.consultation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a whole matrix in a few batched statements, so a table of thousands of rows replaces the
 * old one well inside a second. Runs inside the caller's transaction.
 */
@Repository
class MatrixStore {

	private final JdbcTemplate jdbc;

	MatrixStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(Long consultationId, ParsedMatrix matrix) {
		jdbc.update("delete from consultation_recommendation where consultation_id = ?", consultationId);
		jdbc.update("delete from consultation_category where consultation_id = ?", consultationId);
		List<Object[]> categories = new ArrayList<>();
		for (int i = 0; i < matrix.categories().size(); i++) {
			categories.add(new Object[] { consultationId, i, matrix.categories().get(i), CategoryGroup.UNGROUPED.name() });
		}
		jdbc.batchUpdate("insert into consultation_category (consultation_id, position, name, category_group) values (?, ?, ?, ?)",
				categories);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < matrix.recommendations().size(); i++) {
			ParsedMatrix.Row row = matrix.recommendations().get(i);
			StringBuilder marks = new StringBuilder();
			row.marks().forEach(mark -> marks.append(mark.code()));
			rows.add(new Object[] { consultationId, i, row.number(), row.text(), marks.toString() });
		}
		jdbc.batchUpdate("insert into consultation_recommendation (consultation_id, position, number, text, marks) values (?, ?, ?, ?, ?)",
				rows);
	}
}

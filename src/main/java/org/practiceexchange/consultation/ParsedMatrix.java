package org.practiceexchange.consultation;

import java.util.List;

/**
 * A table that passed every import rule, ready to preview or to replace a consultation's matrix. The
 * warnings name rows that were read but look like something else (a page footer pasted with the
 * table): the preview shows them before anything is imported.
 */
record ParsedMatrix(String heading, List<String> categories, List<Row> recommendations, List<ImportProblem> warnings) {

	ParsedMatrix(String heading, List<String> categories, List<Row> recommendations) {
		this(heading, categories, recommendations, List.of());
	}

	record Row(int number, String text, List<Mark> marks) {
	}

	public long applies(int category) {
		return count(category, Mark.APPLIES);
	}

	public long uncertain(int category) {
		return count(category, Mark.UNCERTAIN);
	}

	long count(int category, Mark mark) {
		return recommendations.stream().filter(row -> row.marks().get(category) == mark).count();
	}
}

package org.practiceexchange.consultation;

import java.util.List;

/** A table that passed every import rule, ready to preview or to replace a consultation's matrix. */
record ParsedMatrix(String heading, List<String> categories, List<Row> recommendations) {

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

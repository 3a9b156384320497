package org.practiceexchange.consultation;

import java.util.List;

/** The API's summary of a matrix: how many recommendations, and each category's totals in header order. */
record MatrixSummary(int recommendations, List<CategoryTotal> categories) {

	record CategoryTotal(String name, long applies, long uncertain) {
	}
}

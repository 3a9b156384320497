package org.practiceexchange.resource;

import java.util.List;

/**
 * A search of published outputs as it appears in a shareable address:
 * {@code /outputs?q=dyslexia&theme=ESOL&type=SCREENING_TOOL&sort=newest&page=1}.
 */
record OutputQuery(String q, List<String> theme, List<OutputType> type, List<String> programme, List<Integer> year,
		List<Licence> licence, List<String> region, String sort, int page, int size) {

	static final List<String> SORTS = List.of("relevance", "newest", "oldest", "title", "year");

	OutputQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		theme = clean(theme);
		type = clean(type);
		programme = clean(programme);
		year = clean(year);
		licence = clean(licence);
		region = clean(region);
		sort = sort == null || !SORTS.contains(sort) ? (q == null ? "newest" : "relevance") : sort;
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 100);
	}

	private static <T> List<T> clean(List<T> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.toString().isBlank()).distinct().toList();
	}

	boolean filtered() {
		return q != null || !theme.isEmpty() || !type.isEmpty() || !programme.isEmpty() || !year.isEmpty()
				|| !licence.isEmpty() || !region.isEmpty();
	}
}

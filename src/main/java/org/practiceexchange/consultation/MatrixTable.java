package org.practiceexchange.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.practiceexchange.consultation.ConsultationView.CategoryView;
import org.practiceexchange.consultation.ConsultationView.RecommendationView;

/**
 * The matrix as the page shows it: optionally only the recommendations that touch one category,
 * sorted by number or by totals, with a heat level (0–4) for each category's share of
 * recommendations it applies to.
 */
record MatrixTable(List<CategoryView> categories, List<RecommendationView> rows, Long category, String sort, int total) {

	static MatrixTable of(ConsultationView view, Long categoryId, String sort) {
		int position = view.categories().stream().filter(c -> c.id().equals(categoryId)).mapToInt(CategoryView::position)
			.findFirst().orElse(-1);
		List<RecommendationView> rows = new ArrayList<>(view.recommendations().stream()
			.filter(r -> position < 0 || r.marks().get(position) != Mark.NONE).toList());
		if ("total".equals(sort)) {
			rows.sort(Comparator.comparingLong(RecommendationView::applies).reversed()
				.thenComparing(Comparator.comparingLong(RecommendationView::uncertain).reversed())
				.thenComparingInt(RecommendationView::number));
		}
		return new MatrixTable(view.categories(), rows, position < 0 ? null : categoryId, "total".equals(sort) ? "total" : "number",
				view.recommendations().size());
	}

	/** 0 (none) to 4 (applies to most): the heat-map's band for a category, always shown with its number too. */
	public int heat(CategoryView category) {
		if (total == 0 || category.applies() == 0) {
			return 0;
		}
		return (int) Math.min(4, 1 + (category.applies() * 4 - 1) / total);
	}

	static List<String> header(ConsultationView view) {
		List<String> header = new ArrayList<>();
		header.add(view.heading() == null ? "Recommendation" : view.heading());
		view.categories().forEach(c -> header.add(c.name()));
		return header;
	}

	/**
	 * This table's rows (as filtered and sorted) in the import's own format, so an export of the
	 * whole matrix can be imported again.
	 */
	List<List<Object>> exportRows() {
		return rows.stream().map(r -> {
			List<Object> cells = new ArrayList<>();
			cells.add(r.number() + ". " + r.text());
			r.marks().forEach(m -> cells.add(m == Mark.APPLIES ? "X" : m == Mark.UNCERTAIN ? "?" : ""));
			return cells;
		}).toList();
	}
}

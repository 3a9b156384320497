package org.practiceexchange.consultation;

import java.time.LocalDate;
import java.util.List;

/** A consultation as pages and the API show it: matrix with totals, and questionnaire. */
record ConsultationView(Long id, String title, String introduction, LocalDate opensOn, LocalDate closesOn,
		ConsultationStatus status, String heading, List<CategoryView> categories, List<RecommendationView> recommendations,
		List<QuestionView> questions, boolean acceptingResponses, String refusal) {

	record CategoryView(Long id, int position, String name, CategoryGroup group, long applies, long uncertain) {
	}

	record RecommendationView(Long id, int number, String text, List<Mark> marks, long applies, long uncertain) {
	}

	record QuestionView(Long id, QuestionKind kind, String prompt, String hint, boolean required) {
	}

	static ConsultationView of(Consultation consultation, LocalDate today) {
		List<Recommendation> recommendations = consultation.recommendations();
		List<CategoryView> categories = consultation.categories().stream().map(category -> new CategoryView(category.id(),
				category.position(), category.name(), category.group(),
				recommendations.stream().filter(r -> r.mark(category.position()) == Mark.APPLIES).count(),
				recommendations.stream().filter(r -> r.mark(category.position()) == Mark.UNCERTAIN).count())).toList();
		List<RecommendationView> rows = recommendations.stream().map(r -> {
			List<Mark> marks = r.marks();
			return new RecommendationView(r.id(), r.number(), r.text(), marks,
					marks.stream().filter(m -> m == Mark.APPLIES).count(), marks.stream().filter(m -> m == Mark.UNCERTAIN).count());
		}).toList();
		List<QuestionView> questions = consultation.questions().stream()
			.map(q -> new QuestionView(q.id(), q.kind(), q.prompt(), q.hint(), q.required())).toList();
		return new ConsultationView(consultation.id(), consultation.title(), consultation.introduction(),
				consultation.opensOn(), consultation.closesOn(), consultation.status(), consultation.recommendationHeading(),
				categories, rows, questions, consultation.acceptsResponses(today), consultation.refusal(today));
	}

	MatrixSummary summary() {
		return new MatrixSummary(recommendations.size(),
				categories.stream().map(c -> new MatrixSummary.CategoryTotal(c.name(), c.applies(), c.uncertain())).toList());
	}

	public boolean draft() {
		return status == ConsultationStatus.DRAFT;
	}

	public List<String> appliesTo(RecommendationView recommendation) {
		return categories.stream().filter(c -> recommendation.marks().get(c.position()) == Mark.APPLIES).map(CategoryView::name).toList();
	}

	public RecommendationView recommendation(Long recommendationId) {
		return recommendations.stream().filter(r -> r.id().equals(recommendationId)).findFirst().orElse(null);
	}
}

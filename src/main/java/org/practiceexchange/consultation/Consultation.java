package org.practiceexchange.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A consultation: its matrix of recommendations against categories, and its questionnaire. */
@Entity
@Table(name = "consultation")
class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String introduction;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status;

	private String recommendationHeading;

	private Instant createdAt;

	private Long createdBy;

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Category> categories = new ArrayList<>();

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Recommendation> recommendations = new ArrayList<>();

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Question> questions = new ArrayList<>();

	@Version
	private long version;

	protected Consultation() {
	}

	Consultation(String title, Long createdBy, Instant now) {
		this.title = title.strip();
		this.status = ConsultationStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void describe(String newTitle, String newIntroduction, LocalDate newOpensOn, LocalDate newClosesOn) {
		if (newOpensOn != null && newClosesOn != null && newClosesOn.isBefore(newOpensOn)) {
			throw new DomainRuleException("closesOn", "The closing date cannot be before the opening date");
		}
		this.title = newTitle.strip();
		this.introduction = newIntroduction == null || newIntroduction.isBlank() ? null : newIntroduction.strip();
		this.opensOn = newOpensOn;
		this.closesOn = newClosesOn;
	}

	/**
	 * Accepts a new matrix in place of the old one (the store writes its rows). Only a draft's
	 * matrix may change: responses and actions refer to it once the consultation is open.
	 */
	void acceptMatrix(ParsedMatrix matrix) {
		if (status != ConsultationStatus.DRAFT) {
			throw new DomainRuleException(null, "The recommendations cannot be replaced once the consultation has opened");
		}
		recommendationHeading = matrix.heading();
	}

	void renameCategory(Long categoryId, String name, CategoryGroup group) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleException("name", "Enter the category's name");
		}
		Category category = categories.stream().filter(c -> c.id().equals(categoryId)).findFirst()
			.orElseThrow(() -> new DomainRuleException(null, "That category is not in this consultation"));
		boolean taken = categories.stream().anyMatch(c -> c != category && c.name().equalsIgnoreCase(name.strip()));
		if (taken) {
			throw new DomainRuleException("name", "Another category already has this name");
		}
		category.rename(name, group);
	}

	Question addQuestion(QuestionKind kind, String prompt, String hint, boolean required) {
		requireDraftQuestions();
		if (kind == QuestionKind.RECOMMENDATIONS && questions.stream().anyMatch(q -> q.kind() == QuestionKind.RECOMMENDATIONS)) {
			throw new DomainRuleException("kind", "The questionnaire already asks about each recommendation");
		}
		int position = questions.stream().mapToInt(Question::position).max().orElse(-1) + 1;
		Question question = new Question(this, position, kind, prompt, hint, required);
		questions.add(question);
		return question;
	}

	void removeQuestion(Long questionId) {
		requireDraftQuestions();
		if (!questions.removeIf(q -> q.id().equals(questionId))) {
			throw new DomainRuleException(null, "That question is not in this consultation");
		}
	}

	private void requireDraftQuestions() {
		if (status != ConsultationStatus.DRAFT) {
			throw new DomainRuleException(null, "The questions are fixed once the consultation has opened");
		}
	}

	void open() {
		if (status != ConsultationStatus.DRAFT) {
			throw new DomainRuleException(null, "Only a draft consultation can be opened");
		}
		if (recommendations.isEmpty()) {
			throw new DomainRuleException(null, "Import the recommendations before opening the consultation");
		}
		if (questions.isEmpty()) {
			throw new DomainRuleException(null, "Add at least one question before opening the consultation");
		}
		status = ConsultationStatus.OPEN;
	}

	void close() {
		if (status != ConsultationStatus.OPEN) {
			throw new DomainRuleException(null, "Only an open consultation can be closed");
		}
		status = ConsultationStatus.CLOSED;
	}

	/** Open, and today (in London) within its dates when it has them. */
	boolean acceptsResponses(LocalDate today) {
		return status == ConsultationStatus.OPEN && (opensOn == null || !today.isBefore(opensOn))
				&& (closesOn == null || !today.isAfter(closesOn));
	}

	/** Why a response is refused today, or null when it is not. */
	String refusal(LocalDate today) {
		if (status == ConsultationStatus.CLOSED || (closesOn != null && today.isAfter(closesOn))) {
			return "closed";
		}
		if (status == ConsultationStatus.DRAFT || (opensOn != null && today.isBefore(opensOn))) {
			return "notOpen";
		}
		return null;
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	String introduction() {
		return introduction;
	}

	LocalDate opensOn() {
		return opensOn;
	}

	LocalDate closesOn() {
		return closesOn;
	}

	ConsultationStatus status() {
		return status;
	}

	String recommendationHeading() {
		return recommendationHeading;
	}

	List<Category> categories() {
		return categories;
	}

	List<Recommendation> recommendations() {
		return recommendations;
	}

	List<Question> questions() {
		return questions;
	}

	Instant createdAt() {
		return createdAt;
	}
}

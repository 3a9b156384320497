package org.practiceexchange.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationRulesTests {

	static final ParsedMatrix MATRIX = new ParsedMatrix("Recommendation", List.of("ITE"),
			List.of(new ParsedMatrix.Row(1, "Learn together", List.of(Mark.APPLIES))));

	@Test
	void closingDateCannotBeBeforeOpeningDate() {
		Consultation consultation = new Consultation("Title", null, Instant.now());
		assertThatThrownBy(() -> consultation.describe("Title", null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("closing date");
	}

	@Test
	void draftTakesNoResponsesAndCannotOpenWithoutRecommendations() {
		Consultation consultation = new Consultation("Title", null, Instant.now());
		consultation.describe("Title", null, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31));
		assertThat(consultation.refusal(LocalDate.of(2027, 2, 1))).isEqualTo("notOpen");
		consultation.acceptMatrix(MATRIX);
		consultation.addQuestion(QuestionKind.FREE_TEXT, "What is missing?", null, false);
		assertThatThrownBy(consultation::open).hasMessageContaining("Import the recommendations");
	}

	@Test
	void questionsAndMatrixAreFixedOnceOpen() {
		Consultation consultation = new Consultation("Title", null, Instant.now());
		consultation.addQuestion(QuestionKind.RECOMMENDATIONS, "Each recommendation", null, false);
		assertThatThrownBy(() -> consultation.addQuestion(QuestionKind.RECOMMENDATIONS, "Again", null, false))
			.hasMessageContaining("already asks");
		assertThatThrownBy(consultation::close).hasMessageContaining("Only an open consultation");
	}

	@Test
	void marksMergeAppliesOverUncertainOverNeither() {
		assertThat(Mark.NONE.merge(Mark.UNCERTAIN)).isEqualTo(Mark.UNCERTAIN);
		assertThat(Mark.UNCERTAIN.merge(Mark.APPLIES)).isEqualTo(Mark.APPLIES);
		assertThat(Mark.APPLIES.merge(Mark.NONE)).isEqualTo(Mark.APPLIES);
		assertThat(Mark.parse(" Yes ")).contains(Mark.APPLIES);
		assertThat(Mark.parse("\u00A0?\u00A0")).contains(Mark.UNCERTAIN);
		assertThat(Mark.parse("y")).isEmpty();
	}

	@Test
	void heatBandsFollowTheShareOfRecommendations() {
		ConsultationView.CategoryView none = new ConsultationView.CategoryView(1L, 0, "A", CategoryGroup.THEME, 0, 0);
		ConsultationView.CategoryView most = new ConsultationView.CategoryView(2L, 1, "B", CategoryGroup.THEME, 27, 8);
		MatrixTable table = new MatrixTable(List.of(none, most), List.of(), null, "number", 45);
		assertThat(table.heat(none)).isZero();
		assertThat(table.heat(most)).isEqualTo(3);
	}
}

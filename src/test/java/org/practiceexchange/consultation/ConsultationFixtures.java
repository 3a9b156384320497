package org.practiceexchange.consultation;

import org.practiceexchange.account.AccountFixtures;
import org.springframework.stereotype.Component;

/** Consultations for tests, made through the module's own services. */
@Component
class ConsultationFixtures {

	private final ConsultationService consultations;

	ConsultationFixtures(ConsultationService consultations) {
		this.consultations = consultations;
	}

	Long aDraft() {
		return consultations.create(AccountFixtures.unique("Consultation"), null);
	}

	Long aDraftWithTheSeedMatrix() {
		Long id = aDraft();
		consultations.importTable(id, MatrixImportTests.resource("recommendations.tsv"), MatrixImport.Format.TSV);
		return id;
	}

	/** Open, with the seed's matrix and the standard questions (three scales, four free-text, one per recommendation). */
	Long anOpenConsultation() {
		Long id = aDraftWithTheSeedMatrix();
		consultations.addStandardQuestions(id);
		consultations.open(id);
		return id;
	}

	Long aClosedConsultation() {
		Long id = anOpenConsultation();
		consultations.close(id);
		return id;
	}

	void close(Long id) {
		consultations.close(id);
	}

	ConsultationView view(Long id) {
		return consultations.get(id);
	}
}

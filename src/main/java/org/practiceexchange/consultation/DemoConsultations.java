package org.practiceexchange.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: an open consultation on workforce development, with the draft's matrix of
 * key recommendations and the standard questions.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoConsultations implements ApplicationRunner {

	private final ConsultationService consultations;

	private final ConsultationRepository repository;

	DemoConsultations(ConsultationService consultations, ConsultationRepository repository) {
		this.consultations = consultations;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0) {
			return;
		}
		Long id = consultations.create("Developing the adult learning workforce: key recommendations", null);
		consultations.describe(id, new ConsultationForm("Developing the adult learning workforce: key recommendations",
				"We have drawn together recommendations from practitioner research across the sector and marked each one "
						+ "against the people it is for (initial teacher education, continuing professional development, "
						+ "leadership and management) and the themes it touches. Tell us whether our analysis holds, what "
						+ "is missing, and who needs to do what next.",
				null, null));
		try (InputStream table = getClass().getResourceAsStream("/consultation/demo-recommendations.tsv")) {
			consultations.importTable(id, table.readAllBytes(), MatrixImport.Format.TSV);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		consultations.addStandardQuestions(id);
		consultations.open(id);
	}
}

package org.practiceexchange.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme manager's consultations: create, describe, import the matrix, build the questionnaire, open, close. */
@Service
@Transactional(readOnly = true)
class ConsultationService {

	private final ConsultationRepository consultations;

	private final MatrixStore matrixStore;

	private final EntityManager entities;

	private final Clock clock;

	private final Audit audit;

	ConsultationService(Audit audit, ConsultationRepository consultations, MatrixStore matrixStore, EntityManager entities, Clock clock) {
		this.audit = audit;
		this.consultations = consultations;
		this.matrixStore = matrixStore;
		this.entities = entities;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Optional<ConsultationView> find(Long id) {
		return consultations.findById(id).map(c -> ConsultationView.of(c, today()));
	}

	ConsultationView get(Long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("Consultation", id));
	}

	/** What the public may see: open and closed consultations, never drafts. */
	ConsultationView getPublished(Long id) {
		ConsultationView view = get(id);
		if (view.status() == ConsultationStatus.DRAFT) {
			throw new RecordNotFoundException("Consultation", id);
		}
		return view;
	}

	List<ConsultationView> all() {
		return consultations.findAllByOrderByCreatedAtDesc().stream().map(c -> ConsultationView.of(c, today())).toList();
	}

	List<ConsultationView> published() {
		return consultations.findByStatusInOrderByCreatedAtDesc(EnumSet.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED))
			.stream().map(c -> ConsultationView.of(c, today())).toList();
	}

	@Transactional
	Long create(String title, Long managerId) {
		return consultations.save(new Consultation(title, managerId, clock.instant())).id();
	}

	/** Creates a described draft in one transaction: a form the rules refuse leaves no draft behind. */
	@Transactional
	Long create(ConsultationForm form, Long managerId) {
		Consultation consultation = new Consultation(form.title(), managerId, clock.instant());
		consultation.describe(form.title(), form.introduction(), form.opensOn(), form.closesOn());
		return consultations.save(consultation).id();
	}

	@Transactional
	void describe(Long id, ConsultationForm form) {
		load(id).describe(form.title(), form.introduction(), form.opensOn(), form.closesOn());
	}

	/** Checks a table against the import rules without changing anything. */
	ParsedMatrix preview(String table, MatrixImport.Format format) {
		return MatrixImport.parse(table, format);
	}

	/** Replaces the matrix in one transaction, or refuses the whole table and changes nothing. */
	@Transactional
	MatrixSummary importTable(Long id, byte[] table, MatrixImport.Format format) {
		Consultation consultation = load(id);
		return replace(consultation, MatrixImport.parse(table, format));
	}

	@Transactional
	MatrixSummary importTable(Long id, String table, MatrixImport.Format format) {
		Consultation consultation = load(id);
		return replace(consultation, MatrixImport.parse(table, format));
	}

	private MatrixSummary replace(Consultation consultation, ParsedMatrix matrix) {
		consultation.acceptMatrix(matrix);
		consultations.flush();
		matrixStore.replace(consultation.id(), matrix);
		entities.clear();
		List<MatrixSummary.CategoryTotal> totals = new java.util.ArrayList<>();
		for (int i = 0; i < matrix.categories().size(); i++) {
			totals.add(new MatrixSummary.CategoryTotal(matrix.categories().get(i), matrix.count(i, Mark.APPLIES),
					matrix.count(i, Mark.UNCERTAIN)));
		}
		audit.record("CONSULTATION_MATRIX_IMPORTED", "Consultation", consultation.id(), null,
				matrix.recommendations().size() + " recommendations; " + matrix.categories().size() + " categories");
		return new MatrixSummary(matrix.recommendations().size(), totals);
	}

	MatrixSummary summary(Long id) {
		return get(id).summary();
	}

	@Transactional
	void renameCategory(Long id, Long categoryId, String name, CategoryGroup group) {
		load(id).renameCategory(categoryId, name, group);
	}

	@Transactional
	void addQuestion(Long id, QuestionForm form) {
		load(id).addQuestion(form.kind(), form.prompt(), form.hint(), form.mustAnswer());
	}

	/** The questions the sector was asked in the draft this product grew from, in our own words. */
	@Transactional
	void addStandardQuestions(Long id) {
		Consultation consultation = load(id);
		consultation.addQuestion(QuestionKind.SCALE, "How far do you agree with our analysis of the barriers?", null, true);
		consultation.addQuestion(QuestionKind.SCALE, "How far do you agree with our analysis of the enablers?", null, true);
		consultation.addQuestion(QuestionKind.SCALE, "How far do you agree with our analysis of the principles?", null, true);
		consultation.addQuestion(QuestionKind.FREE_TEXT, "What is missing from the barriers, enablers or principles, or from the categories?", null, false);
		String hint = "Initial teacher training, CPD, and leadership and management depend on each other: say how, if it matters to your answer.";
		consultation.addQuestion(QuestionKind.FREE_TEXT, "What needs to be done, and by whom, for initial teacher training?", hint, false);
		consultation.addQuestion(QuestionKind.FREE_TEXT, "What needs to be done, and by whom, for continuing professional development?", hint, false);
		consultation.addQuestion(QuestionKind.FREE_TEXT, "What needs to be done, and by whom, for leadership and management?", hint, false);
		if (consultation.questions().stream().noneMatch(q -> q.kind() == QuestionKind.RECOMMENDATIONS)) {
			consultation.addQuestion(QuestionKind.RECOMMENDATIONS, "Do you agree with each recommendation, and with how we have marked it?", null, false);
		}
	}

	@Transactional
	void removeQuestion(Long id, Long questionId) {
		load(id).removeQuestion(questionId);
	}

	@Transactional
	void open(Long id) {
		Consultation consultation = load(id);
		ConsultationStatus before = consultation.status();
		consultation.open();
		audit.record("CONSULTATION_OPENED", "Consultation", id, "status=" + before, "status=" + consultation.status());
	}

	@Transactional
	void close(Long id) {
		Consultation consultation = load(id);
		ConsultationStatus before = consultation.status();
		consultation.close();
		audit.record("CONSULTATION_CLOSED", "Consultation", id, "status=" + before, "status=" + consultation.status());
	}

	Consultation load(Long id) {
		return consultations.findById(id).orElseThrow(() -> new RecordNotFoundException("Consultation", id));
	}
}

package org.practiceexchange.synthesis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynthesisRepository extends JpaRepository<Synthesis, Long> {

	Optional<Synthesis> findByScopeAndScopeId(Scope scope, Long scopeId);

	List<Synthesis> findAllByOrderByTitleAsc();

	List<Synthesis> findByPublishedTrueOrderByTitleAsc();
}

interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findBySynthesisIdOrderByIdAsc(Long synthesisId);
}

interface LessonCodeRepository extends JpaRepository<LessonCode, Long> {

	List<LessonCode> findBySynthesisIdOrderByLabelAsc(Long synthesisId);

	boolean existsBySynthesisIdAndLabelIgnoreCase(Long synthesisId, String label);
}

interface QuoteRepository extends JpaRepository<Quote, Long> {

	List<Quote> findBySynthesisIdOrderByIdAsc(Long synthesisId);

	List<Quote> findByPractitionerIdOrderByRequestedAtDesc(Long practitionerId);

	boolean existsBySynthesisIdAndInquiryIdAndLesson(Long synthesisId, Long inquiryId, Lesson lesson);
}

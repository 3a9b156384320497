package org.practiceexchange.consultation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	List<Consultation> findAllByOrderByCreatedAtDesc();

	List<Consultation> findByStatusInOrderByCreatedAtDesc(Collection<ConsultationStatus> statuses);
}

interface ResponseRepository extends JpaRepository<Response, Long> {

	Optional<Response> findByToken(String token);

	Optional<Response> findFirstByConsultationIdAndPersonId(Long consultationId, Long personId);

	Page<Response> findByConsultationIdAndStatusOrderBySubmittedAtAsc(Long consultationId, ResponseStatus status, Pageable pageable);
}

interface AnswerCodeRepository extends JpaRepository<AnswerCode, Long> {

	List<AnswerCode> findByAnswerIdIn(Collection<Long> answerIds);

	boolean existsByAnswerIdAndCode(Long answerId, String code);

	void deleteByAnswerIdAndCode(Long answerId, String code);
}

interface OwnedActionRepository extends JpaRepository<OwnedAction, Long> {

	List<OwnedAction> findByConsultationIdOrderByIdAsc(Long consultationId);
}

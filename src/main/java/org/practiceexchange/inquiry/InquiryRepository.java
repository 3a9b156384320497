package org.practiceexchange.inquiry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	List<Inquiry> findByPractitionerIdOrderByIdDesc(Long practitionerId);

	List<Inquiry> findByProjectIdInOrderByIdDesc(Collection<Long> projectIds);

	List<Inquiry> findByProjectIdOrderByIdAsc(Long projectId);

	Page<Inquiry> findByStage(Stage stage, Pageable page);
}

package org.practiceexchange.inquiry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	List<Inquiry> findByPractitionerIdOrderByIdDesc(Long practitionerId);

	List<Inquiry> findByProjectIdInOrderByIdDesc(Collection<Long> projectIds);

	List<Inquiry> findByProjectIdOrderByIdAsc(Long projectId);

	List<Inquiry> findAllByOrderByIdDesc();
}

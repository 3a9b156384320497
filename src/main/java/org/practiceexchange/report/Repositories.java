package org.practiceexchange.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	Optional<Report> findByInquiryId(Long inquiryId);

	Optional<Report> findByProjectIdAndKind(Long projectId, ReportKind kind);

	List<Report> findByAuthorIdOrderByIdDesc(Long authorId);

	List<Report> findByProjectIdInOrderByIdDesc(Collection<Long> projectIds);

	List<Report> findByProjectIdOrderByIdAsc(Long projectId);

	List<Report> findByAuthorIdAndSignedOffVersionNotNullOrderByIdDesc(Long authorId);

	List<Report> findByKindAndSignedOffVersionNotNullOrderByIdDesc(ReportKind kind);

	Page<Report> findAllByOrderByIdDesc(Pageable page);
}

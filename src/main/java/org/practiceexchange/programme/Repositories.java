package org.practiceexchange.programme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderByNameAsc();

	List<Theme> findByRetiredFalseOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	@Query("""
			select p from Programme p
			where (:query is null or lower(p.name) like lower(concat('%', cast(:query as string), '%'))
			                      or lower(p.summary) like lower(concat('%', cast(:query as string), '%')))
			  and (:model is null or p.model = :model)
			  and (:status is null or p.status = :status)
			  and (:themeId is null or exists (select t from p.themes t where t.id = :themeId))
			""")
	Page<Programme> search(String query, ProgrammeModel model, ProgrammeStatus status, Long themeId, Pageable pageable);
}

interface CohortRepository extends JpaRepository<Cohort, Long> {
}

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByPersonIdOrderByAppliedAtDesc(Long personId);

	boolean existsByCohortIdAndPersonIdAndStatusIn(Long cohortId, Long personId, Collection<EnrolmentStatus> statuses);

	long countByCohortIdAndStatus(Long cohortId, EnrolmentStatus status);

	/** Each cohort with applications in the status, and how many: {cohortId, count}. */
	@Query("select e.cohortId, count(e) from Enrolment e where e.status = :status group by e.cohortId")
	List<Object[]> countByCohortWithStatus(EnrolmentStatus status);

	List<Enrolment> findByPersonIdAndStatusOrderByAppliedAtAsc(Long personId, EnrolmentStatus status);

	@Query("""
			select e from Enrolment e
			where (:status is null or e.status = :status) and (:cohortId is null or e.cohortId = :cohortId)
			""")
	Page<Enrolment> search(EnrolmentStatus status, Long cohortId, Pageable pageable);

	/** How many applications with the status (any, if null) come before this one, oldest first. */
	@Query("""
			select count(e) from Enrolment e, Enrolment target
			where target.id = :id and (:status is null or e.status = :status)
			  and (e.appliedAt < target.appliedAt or (e.appliedAt = target.appliedAt and e.id < target.id))
			""")
	long countBefore(Long id, EnrolmentStatus status);
}

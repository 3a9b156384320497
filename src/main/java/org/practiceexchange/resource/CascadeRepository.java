package org.practiceexchange.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CascadeRepository extends JpaRepository<CascadeRecord, Long> {

	List<CascadeRecord> findByPersonIdOrderBySharedOnDescIdDesc(Long personId);

	List<CascadeRecord> findAllByOrderBySharedOnDescIdDesc();

	@Query("select c.outputId, count(c), sum(c.peopleReached) from CascadeRecord c where c.outputId is not null group by c.outputId")
	List<Object[]> reachByOutput();

	@Query("select c.personId, count(c), sum(c.peopleReached) from CascadeRecord c group by c.personId")
	List<Object[]> reachByPerson();

	@Query("select c.programmeId, count(c), sum(c.peopleReached) from CascadeRecord c where c.programmeId is not null group by c.programmeId")
	List<Object[]> reachByProgramme();

	@Query("select c.projectId, count(c), sum(c.peopleReached) from CascadeRecord c where c.projectId is not null group by c.projectId")
	List<Object[]> reachByProject();
}

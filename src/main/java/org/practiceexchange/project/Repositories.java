package org.practiceexchange.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	java.util.Optional<Project> findFirstByProposalIdOrderByIdAsc(Long proposalId);

	@Query("""
			select distinct p from Project p left join p.members m
			where m.personId = :personId or p.facilitatorId = :personId or p.mentorId = :personId
			order by p.title
			""")
	List<Project> involving(Long personId);

	@Query("select distinct p from Project p join p.members m where m.organisationId in :organisationIds order by p.title")
	List<Project> withMembersFrom(Collection<Long> organisationIds);

	List<Project> findAllByOrderByTitleAsc();

	List<Project> findByCohortIdInOrderByTitleAsc(Collection<Long> cohortIds);

	@Query("select p from Project p where p.community = true or p.status in :statuses order by p.title")
	List<Project> communityCandidates(Collection<ProjectStatus> statuses);

	@Query("""
			select p from Project p
			where p.community = true or p.status in :statuses or p.cohortId in :cohortIds
			order by p.title
			""")
	List<Project> communityCandidates(Collection<ProjectStatus> statuses, Collection<Long> cohortIds);

	List<Project> findByThemeIdOrderByTitleAsc(Long themeId);

	List<Project> findByValidatorIdOrderByTitleAsc(Long validatorId);

	// Release time is read here rather than through its own repository so the figures need no new wiring.
	@Query("select coalesce(sum(r.daysCommitted), 0) from ReleaseCommitment r where r.projectId in :projectIds")
	java.math.BigDecimal releaseDaysCommitted(Collection<Long> projectIds);

	@Query("select coalesce(sum(u.days), 0) from ReleaseCommitment r join r.uses u where r.projectId in :projectIds")
	java.math.BigDecimal releaseDaysUsed(Collection<Long> projectIds);
}

interface SessionRepository extends JpaRepository<ProjectSession, Long> {

	List<ProjectSession> findByProjectIdOrderByStartsAtAsc(Long projectId);

	List<ProjectSession> findByProjectIdInOrderByStartsAtAsc(Collection<Long> projectIds);

	List<ProjectSession> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(java.time.Instant from,
			java.time.Instant to);
}

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByProjectIdOrderByDueOnAsc(Long projectId);

	List<Milestone> findByProjectIdInOrderByDueOnAsc(Collection<Long> projectIds);

	boolean existsByProjectIdAndTitleAndDueOn(Long projectId, String title, LocalDate dueOn);

	List<Milestone> findByDueOnBetween(LocalDate first, LocalDate last);
}

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

	Optional<CalendarToken> findByToken(String token);
}

interface ReleaseCommitmentRepository extends JpaRepository<ReleaseCommitment, Long> {

	List<ReleaseCommitment> findByProjectId(Long projectId);

	Optional<ReleaseCommitment> findByProjectIdAndPersonId(Long projectId, Long personId);
}

interface SupportContactRepository extends JpaRepository<SupportContact, Long> {

	List<SupportContact> findByProjectIdOrderByContactOnDesc(Long projectId);
}

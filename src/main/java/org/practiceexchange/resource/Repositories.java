package org.practiceexchange.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutputRepository extends JpaRepository<Output, Long>, JpaSpecificationExecutor<Output> {

	List<Output> findByProposerIdOrderByUpdatedAtDesc(Long proposerId);

	List<Output> findByStatusOrderByProposedAtAsc(OutputStatus status);

	Optional<Output> findByReportId(Long reportId);

	List<Output> findByProjectIdAndStatusOrderByUpdatedAtDesc(Long projectId, OutputStatus status);

	long countByStatus(OutputStatus status);

	@Modifying
	@Query("update Output o set o.downloads = o.downloads + 1 where o.id = :id")
	void countDownload(Long id);

	@Modifying
	@Query("update OutputFile f set f.downloads = f.downloads + 1 where f.id = :id")
	void countFileDownload(Long id);

	@Query("select min(o.updatedAt) from Output o where o.status = org.practiceexchange.resource.OutputStatus.PUBLISHED")
	Optional<Instant> earliestPublished();

	@Query("select distinct o.programmeId, o.programmeName from Output o where o.status = org.practiceexchange.resource.OutputStatus.PUBLISHED and o.programmeId is not null")
	List<Object[]> publishedProgrammes();

	@Query("select distinct key(th), th from Output o join o.themes th where o.status = org.practiceexchange.resource.OutputStatus.PUBLISHED")
	List<Object[]> publishedThemes();

	@Query("select o from Output o where o.status = org.practiceexchange.resource.OutputStatus.PUBLISHED and o.projectId in :projectIds order by o.publishedAt")
	List<Output> publishedInProjects(java.util.Collection<Long> projectIds);

	// The cascade log's reach for some outputs, read here so publishing needs no new wiring.
	@Query("select count(c), coalesce(sum(c.peopleReached), 0) from CascadeRecord c where c.outputId in :outputIds")
	List<Object[]> reachOf(java.util.Collection<Long> outputIds);
}

interface ApprovalSettingRepository extends JpaRepository<ApprovalSetting, Long> {
}

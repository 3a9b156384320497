package org.practiceexchange.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommunityRepository extends JpaRepository<Community, Long> {

	List<Community> findAllByOrderByNameAscIdAsc();

	Optional<Community> findByProjectId(Long projectId);

	boolean existsByProjectId(Long projectId);

	@Query("select c.projectId from Community c where c.projectId in :projectIds")
	List<Long> projectsWithCommunities(Collection<Long> projectIds);
}

interface MembershipRequestRepository extends JpaRepository<MembershipRequest, Long> {

	List<MembershipRequest> findByCommunityIdAndStatusOrderByRequestedAtAscIdAsc(Long communityId,
			MembershipRequest.Status status);

	Optional<MembershipRequest> findFirstByCommunityIdAndPersonIdOrderByRequestedAtDescIdDesc(Long communityId,
			Long personId);

	boolean existsByCommunityIdAndPersonIdAndStatus(Long communityId, Long personId, MembershipRequest.Status status);

	@Query("select r from MembershipRequest r where r.personId = :personId and r.status = :status")
	List<MembershipRequest> byPersonAndStatus(Long personId, MembershipRequest.Status status);
}

interface ThreadRepository extends JpaRepository<CommunityThread, Long> {

	List<CommunityThread> findByCommunityIdOrderByLastPostAtDescIdDesc(Long communityId);

	long countByCommunityId(Long communityId);
}

interface PostRepository extends JpaRepository<Post, Long> {

	List<Post> findByThreadIdOrderByPostedAtAscIdAsc(Long threadId);

	Optional<Post> findFirstByThreadIdOrderByPostedAtAscIdAsc(Long threadId);

	long countByThreadId(Long threadId);

	@Query("select p.threadId, count(p) from Post p where p.communityId = :communityId group by p.threadId")
	List<Object[]> postsPerThread(Long communityId);
}

interface PostReportRepository extends JpaRepository<PostReport, Long> {

	List<PostReport> findByCommunityIdAndResolvedAtIsNullOrderByReportedAtAscIdAsc(Long communityId);

	List<PostReport> findTop20ByCommunityIdAndResolvedAtIsNotNullOrderByResolvedAtDescIdDesc(Long communityId);

	boolean existsByPostIdAndReporterIdAndResolvedAtIsNull(Long postId, Long reporterId);

	long countByCommunityIdAndResolvedAtIsNull(Long communityId);

	List<PostReport> findByPostIdAndResolvedAtIsNull(Long postId);
}

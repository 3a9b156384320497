package org.practiceexchange.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallRepository extends JpaRepository<FundingCall, Long> {

	@Query("select c from FundingCall c where c.publishedAt is not null order by c.closesAt desc")
	List<FundingCall> findPublished();

	List<FundingCall> findAllByOrderByCreatedAtDesc();

	List<FundingCall> findByClosesAtGreaterThanEqualAndClosesAtLessThan(java.time.Instant from, java.time.Instant to);
}

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByCallIdOrderByIdAsc(Long callId);

	List<Proposal> findByCallIdAndStatusOrderByIdAsc(Long callId, ProposalStatus status);

	@Query("""
			select distinct p from Proposal p left join p.partners partner
			where p.leadOrganisationId in :organisationIds or partner.organisationId in :organisationIds
			order by p.id desc
			""")
	List<Proposal> findInvolving(Collection<Long> organisationIds);
}

interface AssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

	List<ReviewAssignment> findByReviewerIdOrderByAssignedAtDesc(Long reviewerId);

	List<ReviewAssignment> findByCallId(Long callId);

	List<ReviewAssignment> findByProposalId(Long proposalId);

	Optional<ReviewAssignment> findByProposalIdAndReviewerId(Long proposalId, Long reviewerId);
}

interface CallChangeRepository extends JpaRepository<CallChange, Long> {

	List<CallChange> findByCallIdOrderByChangedAtDescIdDesc(Long callId);
}

interface ProposalAttachmentRepository extends JpaRepository<ProposalAttachment, Long> {

	List<ProposalAttachment> findByProposalIdOrderByIdAsc(Long proposalId);

	long countByProposalId(Long proposalId);
}

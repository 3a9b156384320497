package org.practiceexchange.conference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

	List<Edition> findAllByOrderByStartsOnDesc();

	boolean existsByYear(int year);

	/** The edition's row, locked for the rest of the transaction: changes to its places go one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Edition e where e.id = :id")
	Optional<Edition> lock(Long id);

	@Query("select e from Edition e where e.startsOn <= :last and e.endsOn >= :first")
	List<Edition> overlapping(java.time.LocalDate first, java.time.LocalDate last);
}

interface ApplicationRepository extends JpaRepository<TalkApplication, Long> {

	List<TalkApplication> findByEditionIdOrderBySubmittedAtAsc(Long editionId);

	List<TalkApplication> findByApplicantIdOrderBySubmittedAtDesc(Long applicantId);

	List<TalkApplication> findByEditionIdAndStatus(Long editionId, TalkApplication.Status status);

	boolean existsByEditionIdAndWorkKeyAndStatusNot(Long editionId, String workKey, TalkApplication.Status status);

	boolean existsByEditionIdAndApplicantIdAndWorkKeyAndStatusNot(Long editionId, Long applicantId, String workKey,
			TalkApplication.Status status);
}

interface SlotRepository extends JpaRepository<Slot, Long> {

	List<Slot> findByEditionIdOrderByDayAscStartsAtAscIdAsc(Long editionId);

	List<Slot> findByEditionIdIn(Collection<Long> editionIds);
}

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(Long editionId, Registration.Status status);

	long countByEditionIdAndStatus(Long editionId, Registration.Status status);

	Optional<Registration> findFirstByEditionIdAndPersonIdAndStatusIn(Long editionId, Long personId,
			Collection<Registration.Status> statuses);

	List<Registration> findByEditionIdInAndStatus(Collection<Long> editionIds, Registration.Status status);
}

package org.practiceexchange.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	/**
	 * The due messages no other deliverer is claiming right now: {@code select … for update skip locked}
	 * (lock timeout -2 is Hibernate's "skip locked"), so two nodes running this at once get different rows.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now order by m.id")
	List<OutboxMessage> lockDue(Instant now, Limit limit);

	/**
	 * Claims one message for a while by moving its next attempt past the lease; 0 if it was no longer due
	 * (sent or claimed by someone else in the meantime), which also covers a database that only waits
	 * on the row lock instead of skipping it.
	 */
	@Modifying
	@Query("update OutboxMessage m set m.nextAttemptAt = :leaseUntil where m.id = :id and m.sentAt is null and m.nextAttemptAt <= :now")
	int claim(Long id, Instant now, Instant leaseUntil);

	List<OutboxMessage> findByHeldForDigestTrueAndDigestedAtIsNullOrderByRecipientAscIdAsc();
}

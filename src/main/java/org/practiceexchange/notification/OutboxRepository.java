package org.practiceexchange.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	List<OutboxMessage> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Limit limit);

	List<OutboxMessage> findByHeldForDigestTrueAndDigestedAtIsNullOrderByRecipientAscIdAsc();
}

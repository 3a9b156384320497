package org.practiceexchange.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from AccountToken t where t.personId = :personId")
	int deleteByPerson(Long personId);

	/** Links that can no longer be used: expired (or used) before the cut-off. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from AccountToken t where t.expiresAt < :cutOff or t.usedAt < :cutOff")
	int deleteSpentBefore(java.time.Instant cutOff);
}

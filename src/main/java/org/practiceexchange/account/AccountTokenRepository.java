package org.practiceexchange.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);
}

package org.practiceexchange.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use link sent by e-mail. Only the SHA-256 of the secret is stored, so a copy of the
 * database cannot be used to take over accounts.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD, INVITATION
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected AccountToken() {
	}

	private AccountToken(Long personId, Purpose purpose, String tokenHash, Instant now, Duration lifetime) {
		this.personId = personId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(lifetime);
	}

	/** A new token and the secret to put in the link (which is never stored). */
	record Issued(AccountToken token, String secret) {
	}

	static Issued issue(Long personId, Purpose purpose, Instant now, Duration lifetime) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Issued(new AccountToken(personId, purpose, hash(secret), now, lifetime), secret);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean isUsable(Purpose expected, Instant now) {
		return purpose == expected && usedAt == null && expiresAt.isAfter(now);
	}

	void use(Instant now) {
		usedAt = now;
	}

	Long personId() {
		return personId;
	}
}

package org.practiceexchange.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private PersonStatus status;

	@ElementCollection
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection
	@CollectionTable(name = "person_organisation", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "organisation_id")
	private Set<Long> organisationIds = new LinkedHashSet<>();

	private int failedSignIns;

	private Instant lockedUntil;

	private Instant createdAt;

	private Instant deactivatedAt;

	@Version
	private long version;

	protected Person() {
	}

	private Person(String email, String name, PersonStatus status, Set<Role> roles, Collection<Long> organisationIds,
			Instant now) {
		this.email = normalise(email);
		this.name = name.strip();
		this.status = status;
		this.roles.addAll(roles);
		this.organisationIds.addAll(organisationIds);
		this.createdAt = now;
	}

	/** Someone who signed up on their own: a practitioner until a manager says otherwise. */
	static Person registered(String email, String name, String passwordHash, Collection<Long> organisationIds, Instant now) {
		Person person = new Person(email, name, PersonStatus.UNVERIFIED, EnumSet.of(Role.PRACTITIONER), organisationIds, now);
		person.passwordHash = passwordHash;
		return person;
	}

	/** Someone a programme manager added: they choose a password by following the invitation. */
	static Person invited(String email, String name, Set<Role> roles, Collection<Long> organisationIds, Instant now) {
		return new Person(email, name, PersonStatus.INVITED, roles, organisationIds, now);
	}

	/** Demo accounts and the like, ready to sign in. */
	static Person active(String email, String name, String passwordHash, Set<Role> roles, Collection<Long> organisationIds,
			Instant now) {
		Person person = new Person(email, name, PersonStatus.ACTIVE, roles, organisationIds, now);
		person.passwordHash = passwordHash;
		return person;
	}

	static String normalise(String email) {
		return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void verifyEmail() {
		if (status == PersonStatus.UNVERIFIED) {
			status = PersonStatus.ACTIVE;
		}
	}

	void acceptInvitation(String passwordHash) {
		if (status != PersonStatus.INVITED) {
			throw new DomainRuleException(null, "This invitation has already been used");
		}
		this.passwordHash = passwordHash;
		this.status = PersonStatus.ACTIVE;
	}

	/** A new password also lifts a lock: the person proved they own the mailbox. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	void recordFailedSignIn(Instant now, int maxFailures, Duration lockFor) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			lockedUntil = null;
			failedSignIns = 0;
		}
		failedSignIns++;
		if (failedSignIns >= maxFailures) {
			lockedUntil = now.plus(lockFor);
		}
	}

	void recordSuccessfulSignIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void deactivate(Instant now) {
		status = PersonStatus.DEACTIVATED;
		deactivatedAt = now;
	}

	/** The placeholder name an erased person is shown by: stable, and tied to nothing but the id. */
	static String placeholderName(Long id) {
		return "Former participant " + id;
	}

	/**
	 * Anonymises the account for good: a placeholder name, an e-mail address nobody can receive or
	 * sign in with, no password, no lock. Roles and organisations stay, so the programme's counts by
	 * role and organisation stay true.
	 */
	void erase(Instant now) {
		name = placeholderName(id);
		email = "erased-" + id + "@erased.invalid";
		passwordHash = null;
		status = PersonStatus.ERASED;
		failedSignIns = 0;
		lockedUntil = null;
		if (deactivatedAt == null) {
			deactivatedAt = now;
		}
	}

	void reactivate() {
		if (status == PersonStatus.DEACTIVATED) {
			status = passwordHash == null ? PersonStatus.INVITED : PersonStatus.ACTIVE;
			deactivatedAt = null;
		}
	}

	void changeDetails(String name, String email, Set<Role> roles, Collection<Long> organisationIds) {
		this.name = name.strip();
		this.email = normalise(email);
		this.roles.clear();
		this.roles.addAll(roles);
		this.organisationIds.clear();
		this.organisationIds.addAll(organisationIds);
	}

	void changeProfile(String name, Collection<Long> organisationIds) {
		this.name = name.strip();
		this.organisationIds.clear();
		this.organisationIds.addAll(organisationIds);
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String name() {
		return name;
	}

	String passwordHash() {
		return passwordHash;
	}

	PersonStatus status() {
		return status;
	}

	Set<Role> roles() {
		return roles;
	}

	Instant createdAt() {
		return createdAt;
	}

	PersonSummary summary() {
		return new PersonSummary(id, email, name, status, Set.copyOf(roles), new ArrayList<>(organisationIds));
	}

	SignedInPerson signedIn(Instant now) {
		return new SignedInPerson(id, email, name, roles, new ArrayList<>(organisationIds), passwordHash, isLocked(now),
				status == PersonStatus.ACTIVE);
	}
}

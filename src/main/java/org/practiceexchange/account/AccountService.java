package org.practiceexchange.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.AccountToken.Purpose;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes an account: sign-up, links sent by e-mail, a manager's edits. */
@Service
@Transactional
class AccountService {

	private final PersonRepository people;

	private final AccountTokenRepository tokens;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final Mail mail;

	private final Clock clock;

	private final Duration tokenLifetime;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	private final Audit audit;

	AccountService(PersonRepository people, AccountTokenRepository tokens, Organisations organisations,
			PasswordEncoder passwords, Mail mail, Clock clock,
			@Value("${exchange.security.token-lifetime}") Duration tokenLifetime,
			@Value("${exchange.base-url}") String baseUrl, ApplicationEventPublisher events, Audit audit) {
		this.audit = audit;
		this.people = people;
		this.tokens = tokens;
		this.organisations = organisations;
		this.passwords = passwords;
		this.mail = mail;
		this.clock = clock;
		this.tokenLifetime = tokenLifetime;
		this.baseUrl = baseUrl;
		this.events = events;
	}

	/**
	 * Signs someone up and sends the verification link. An address that already has an account
	 * gets a note saying so instead, and the page answers the same either way, so the form cannot
	 * be used to find out who has an account.
	 */
	void register(AccountForms.Registration form) {
		checkNewPassword(form.password(), form.confirmPassword(), "confirmPassword");
		checkOrganisations(form.organisationIds(), "organisationId");
		String email = Person.normalise(form.email());
		Optional<Person> existing = people.findByEmail(email);
		if (existing.isPresent()) {
			mail.send(email, "You already have a Practice Exchange account",
					"Someone (perhaps you) tried to register this address again. You already have an account.\n\n"
							+ "If you have forgotten your password, you can choose a new one here:\n" + baseUrl
							+ "/password/forgot\n");
			return;
		}
		Person person = people.save(Person.registered(email, form.name(), passwords.encode(form.password()),
				form.organisationIds(), clock.instant()));
		String link = issue(person, Purpose.VERIFY_EMAIL, "/register/verify");
		mail.send(email, "Confirm your Practice Exchange account", "Hello " + person.name() + ",\n\n"
				+ "Please confirm your e-mail address by opening this link:\n" + link + "\n\n"
				+ "The link works once and expires in " + tokenLifetime.toHours() + " hours.\n");
	}

	boolean verifyEmail(String secret) {
		return redeem(secret, Purpose.VERIFY_EMAIL).map(person -> {
			person.verifyEmail();
			return true;
		}).orElse(false);
	}

	/** Sends a reset link to an active account; says nothing about addresses that have none. */
	void requestPasswordReset(String email) {
		people.findByEmail(Person.normalise(email))
			.filter(person -> person.status() == PersonStatus.ACTIVE)
			.ifPresent(person -> {
				String link = issue(person, Purpose.RESET_PASSWORD, "/password/reset");
				mail.send(person.email(), "Reset your Practice Exchange password", "Hello " + person.name() + ",\n\n"
						+ "Someone asked to reset the password of this account. If it was you, choose a new one here:\n"
						+ link + "\n\nThe link works once and expires in " + tokenLifetime.toHours()
						+ " hours. If it was not you, you can ignore this e-mail.\n");
			});
	}

	@Transactional(readOnly = true)
	boolean isUsable(String secret, Purpose purpose) {
		return secret != null && tokens.findByTokenHash(AccountToken.hash(secret))
			.filter(token -> token.isUsable(purpose, clock.instant()))
			.isPresent();
	}

	void resetPassword(String secret, AccountForms.NewPassword form) {
		checkNewPassword(form.password(), form.confirmPassword(), "confirmPassword");
		Person person = redeem(secret, Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new DomainRuleException(null, "This link has expired or has already been used"));
		person.changePassword(passwords.encode(form.password()));
	}

	void acceptInvitation(String secret, AccountForms.NewPassword form) {
		checkNewPassword(form.password(), form.confirmPassword(), "confirmPassword");
		Person person = redeem(secret, Purpose.INVITATION)
			.orElseThrow(() -> new DomainRuleException(null, "This invitation has expired or has already been used"));
		person.acceptInvitation(passwords.encode(form.password()));
	}

	void changePassword(Long personId, AccountForms.ChangePassword form) {
		Person person = load(personId);
		if (!passwords.matches(form.currentPassword(), person.passwordHash())) {
			throw new DomainRuleException("currentPassword", "The current password is not right");
		}
		checkNewPassword(form.password(), form.confirmPassword(), "confirmPassword");
		person.changePassword(passwords.encode(form.password()));
	}

	void changeProfile(Long personId, AccountForms.Profile form) {
		checkOrganisations(form.organisationIds(), "organisationIds");
		load(personId).changeProfile(form.name(), form.organisationIds());
	}

	/** A programme manager adds someone and sends them an invitation to choose a password. */
	PersonSummary invite(AccountForms.PersonDetails form) {
		String email = Person.normalise(form.email());
		if (people.existsByEmail(email)) {
			throw new DomainRuleException("email", "Someone with this e-mail address already has an account");
		}
		checkOrganisations(form.organisations(), "organisationIds");
		Person person = people.save(Person.invited(email, form.name(), form.roles(), form.organisations(), clock.instant()));
		sendInvitation(person);
		return person.summary();
	}

	void resendInvitation(Long personId) {
		Person person = load(personId);
		if (person.status() != PersonStatus.INVITED) {
			throw new DomainRuleException(null, "Only people who have not accepted their invitation can be sent it again");
		}
		sendInvitation(person);
	}

	PersonSummary update(Long personId, AccountForms.PersonDetails form) {
		String email = Person.normalise(form.email());
		if (people.existsByEmailAndIdNot(email, personId)) {
			throw new DomainRuleException("email", "Someone with this e-mail address already has an account");
		}
		checkOrganisations(form.organisations(), "organisationIds");
		Person person = load(personId);
		if (person.status() == PersonStatus.ERASED) {
			throw new DomainRuleException(null, "This account has been erased and cannot be changed");
		}
		PersonSummary before = person.summary();
		person.changeDetails(form.name(), email, form.roles(), form.organisations());
		PersonSummary after = person.summary();
		if (!before.roles().equals(after.roles())) {
			audit.record("ROLES_CHANGED", "Person", personId, roles(before), roles(after));
		}
		if (!before.email().equals(after.email()) || !before.roles().equals(after.roles())
				|| !java.util.Set.copyOf(before.organisationIds()).equals(java.util.Set.copyOf(after.organisationIds()))) {
			events.publishEvent(new SessionsOfChangedPeople.AccessChanged(personId, before.email()));
		}
		return after;
	}

	/** People are never deleted: their records (inquiries, reports, reviews) keep pointing at them. */
	void deactivate(Long personId, Long byPersonId) {
		if (personId.equals(byPersonId)) {
			throw new DomainRuleException(null, "You cannot deactivate your own account");
		}
		Person person = load(personId);
		PersonStatus before = person.status();
		person.deactivate(clock.instant());
		audit.record("PERSON_DEACTIVATED", "Person", personId, "status=" + before, "status=" + person.status());
		events.publishEvent(new SessionsOfChangedPeople.AccessChanged(personId, person.email()));
	}

	void reactivate(Long personId) {
		Person person = load(personId);
		PersonStatus before = person.status();
		person.reactivate();
		if (before != person.status()) {
			audit.record("PERSON_REACTIVATED", "Person", personId, "status=" + before, "status=" + person.status());
		}
	}

	/**
	 * Erases a person at their request (UK GDPR article 17): the account is anonymised for good, their
	 * links are deleted and their sessions end. Their work stays, pointing at the anonymised account.
	 * The audit trail keeps who erased whom and when, but not the erased name or address.
	 */
	PersonSummary erase(Long personId, Long byPersonId) {
		if (personId.equals(byPersonId)) {
			throw new DomainRuleException(null, "You cannot erase your own account");
		}
		Person person = load(personId);
		if (person.status() == PersonStatus.ERASED) {
			return person.summary();
		}
		String before = "status=" + person.status() + "; roles=" + roles(person.summary());
		String signedInAs = person.email();
		person.erase(clock.instant());
		tokens.deleteByPerson(personId);
		audit.record("PERSON_ERASED", "Person", personId, before,
				"name=" + person.name() + "; status=" + person.status());
		events.publishEvent(new SessionsOfChangedPeople.AccessChanged(personId, signedInAs));
		return person.summary();
	}

	private static String roles(PersonSummary person) {
		return person.roles().stream().map(Role::name).sorted().toList().toString();
	}

	private void sendInvitation(Person person) {
		String link = issue(person, Purpose.INVITATION, "/invitation");
		mail.send(person.email(), "You are invited to Practice Exchange", "Hello " + person.name() + ",\n\n"
				+ "A programme manager has added you to Practice Exchange, where the further education and skills "
				+ "sector runs practitioner-led development and research.\n\n"
				+ "Choose your password here to start:\n" + link + "\n\nThe link works once and expires in "
				+ tokenLifetime.toHours() + " hours.\n");
	}

	private String issue(Person person, Purpose purpose, String path) {
		AccountToken.Issued issued = AccountToken.issue(person.id(), purpose, clock.instant(), tokenLifetime);
		tokens.save(issued.token());
		return baseUrl + path + "?token=" + issued.secret();
	}

	private Optional<Person> redeem(String secret, Purpose purpose) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(AccountToken.hash(secret))
			.filter(token -> token.isUsable(purpose, clock.instant()))
			.map(token -> {
				token.use(clock.instant());
				return load(token.personId());
			});
	}

	private Person load(Long personId) {
		return people.findById(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
	}

	private void checkNewPassword(String password, String confirmation, String confirmField) {
		if (!password.equals(confirmation)) {
			throw new DomainRuleException(confirmField, "The two passwords are not the same");
		}
		// BCrypt reads at most 72 bytes; refuse longer rather than silently ignore the rest.
		if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new DomainRuleException("password", "The password is too long: use fewer or simpler characters");
		}
	}

	private void checkOrganisations(Collection<Long> ids, String field) {
		List<Long> distinct = ids.stream().distinct().toList();
		if (organisations.findAll(distinct).size() != distinct.size()) {
			throw new DomainRuleException(field, "Choose organisations from the list");
		}
	}
}

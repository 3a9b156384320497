package org.practiceexchange.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.practiceexchange.account.AccountToken.Purpose;
import org.practiceexchange.organisation.OrganisationForm;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.organisation.Region;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and organisations for tests, in the domain's words: {@code fixtures.a(Role.MENTOR)},
 * {@code fixtures.aPerson().withRoles(REVIEWER).at(college).deactivated().create()}. Every name and
 * e-mail address is unique, so tests can share one database without seeing each other's data.
 */
@Component
public class AccountFixtures {

	/** The password of every person the fixtures create. */
	public static final String PASSWORD = "fixture-password-42";

	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** Tells this run's records from any other run's in a database that outlives the JVM. */
	private static final String RUN = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());

	private final PersonRepository people;

	private final People directory;

	private final AccountTokenRepository tokens;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private volatile String passwordHash;

	AccountFixtures(PersonRepository people, People directory, AccountTokenRepository tokens, Organisations organisations,
			PasswordEncoder passwords, Clock clock) {
		this.people = people;
		this.directory = directory;
		this.tokens = tokens;
		this.organisations = organisations;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** {@code hint-7-1a2b@example.test}: an address no other test uses. */
	public static String uniqueEmail(String hint) {
		return hint + "-" + SEQUENCE.incrementAndGet() + "-" + RUN + "@example.test";
	}

	/** {@code Hint 7-1a2b}: a name no other test uses. */
	public static String uniqueName(String hint) {
		return hint + " " + SEQUENCE.incrementAndGet() + "-" + RUN;
	}

	/** A new organisation, created through the organisation module's public API. */
	public OrganisationSummary anOrganisation() {
		return organisations.create(new OrganisationForm(uniqueName("Test College"), OrganisationType.FE_COLLEGE,
				Region.WEST_MIDLANDS));
	}

	/** {@code prefix-7-1a2b}: a name no other test uses (for programmes, cohorts, calls…). */
	public static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + RUN;
	}

	/**
	 * An active person with the role, signed in as Spring Security would hold them: for MockMvc's
	 * {@code user(...)}. Without organisations they belong to none.
	 */
	@Transactional
	public SignedInPerson aPerson(Role role, OrganisationSummary... memberOf) {
		return aPerson(EnumSet.of(role), memberOf);
	}

	@Transactional
	public SignedInPerson aPerson(EnumSet<Role> roles, OrganisationSummary... memberOf) {
		String email = uniqueEmail(roles.iterator().next().name().toLowerCase().replace('_', '-'));
		List<Long> organisationIds = java.util.Arrays.stream(memberOf).map(OrganisationSummary::id).toList();
		Person person = people.save(Person.active(email, "Test " + uniqueName("Person"), passwordHash(), roles,
				organisationIds, clock.instant()));
		return person.signedIn(clock.instant());
	}

	/** An active person holding the role, at an organisation of their own. */
	public TestPerson a(Role role) {
		return aPerson().withRoles(role).create();
	}

	public TestPerson aPractitioner() {
		return a(Role.PRACTITIONER);
	}

	public TestPerson aProgrammeManager() {
		return a(Role.PROGRAMME_MANAGER);
	}

	public PersonBuilder aPerson() {
		return new PersonBuilder();
	}

	/** A password reset link for the person that expired a day ago. */
	public String anExpiredPasswordResetLink(TestPerson person) {
		return "/password/reset?token=" + issue(person, Purpose.RESET_PASSWORD, clock.instant().minus(Duration.ofHours(48)));
	}

	/** A live invitation link for someone who was invited. */
	public String anInvitationLink(TestPerson person) {
		return "/invitation?token=" + issue(person, Purpose.INVITATION, clock.instant());
	}

	/** The person as the account module sees them now. */
	public PersonSummary current(TestPerson person) {
		return directory.find(person.id()).orElseThrow();
	}

	private String issue(TestPerson person, Purpose purpose, Instant issuedAt) {
		AccountToken.Issued issued = AccountToken.issue(person.id(), purpose, issuedAt, Duration.ofHours(24));
		tokens.save(issued.token());
		return issued.secret();
	}

	private String passwordHash() {
		if (passwordHash == null) {
			passwordHash = passwords.encode(PASSWORD);
		}
		return passwordHash;
	}

	public final class PersonBuilder {

		private String name = uniqueName("Test Person");

		private String email;

		private Set<Role> roles = EnumSet.of(Role.PRACTITIONER);

		private final List<OrganisationSummary> at = new ArrayList<>();

		private PersonStatus status = PersonStatus.ACTIVE;

		private PersonBuilder() {
		}

		public PersonBuilder named(String name) {
			this.name = name;
			return this;
		}

		public PersonBuilder withEmail(String email) {
			this.email = email;
			return this;
		}

		public PersonBuilder withRoles(Role first, Role... more) {
			this.roles = EnumSet.of(first, more);
			return this;
		}

		public PersonBuilder at(OrganisationSummary... organisations) {
			this.at.addAll(List.of(organisations));
			return this;
		}

		/** Added by a manager, has not yet chosen a password. */
		public PersonBuilder invited() {
			this.status = PersonStatus.INVITED;
			return this;
		}

		public PersonBuilder deactivated() {
			this.status = PersonStatus.DEACTIVATED;
			return this;
		}

		public TestPerson create() {
			if (at.isEmpty()) {
				at.add(anOrganisation());
			}
			String address = email != null ? email : uniqueEmail(roles.iterator().next().name().toLowerCase().replace('_', '-'));
			List<Long> organisationIds = at.stream().map(OrganisationSummary::id).toList();
			Person person = status == PersonStatus.INVITED
					? Person.invited(address, name, roles, organisationIds, clock.instant())
					: Person.active(address, name, passwordHash(), roles, organisationIds, clock.instant());
			if (status == PersonStatus.DEACTIVATED) {
				person.deactivate(clock.instant());
			}
			Person saved = people.save(person);
			return new TestPerson(saved.id(), saved.email(), status == PersonStatus.INVITED ? null : PASSWORD, saved.name(),
					Set.copyOf(roles), organisationIds);
		}
	}
}

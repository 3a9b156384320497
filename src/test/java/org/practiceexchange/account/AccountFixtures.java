package org.practiceexchange.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.practiceexchange.organisation.OrganisationForm;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.organisation.Region;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test fixtures in the domain's words: {@code fixtures.anOrganisation()},
 * {@code fixtures.aPerson(Role.PRACTITIONER, organisation)}. Every name and e-mail is unique, so
 * tests sharing one database never collide.
 */
@Component
public class AccountFixtures {

	public static final String PASSWORD = "correct horse battery";

	private final PersonRepository people;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	AccountFixtures(PersonRepository people, Organisations organisations, PasswordEncoder passwords) {
		this.people = people;
		this.organisations = organisations;
		this.passwords = passwords;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public OrganisationSummary anOrganisation() {
		return organisations.create(new OrganisationForm(unique("College"), OrganisationType.FE_COLLEGE, Region.LONDON));
	}

	@Transactional
	public SignedInPerson aPerson(Role role, OrganisationSummary... memberOf) {
		return aPerson(EnumSet.of(role), memberOf);
	}

	@Transactional
	public SignedInPerson aPerson(EnumSet<Role> roles, OrganisationSummary... memberOf) {
		String email = unique(roles.iterator().next().name().toLowerCase()) + "@example.org";
		List<Long> organisationIds = java.util.Arrays.stream(memberOf).map(OrganisationSummary::id).toList();
		Person person = people.save(Person.active(email, "Test " + email, passwords.encode(PASSWORD), roles,
				organisationIds, Instant.now()));
		return person.signedIn(Instant.now());
	}
}

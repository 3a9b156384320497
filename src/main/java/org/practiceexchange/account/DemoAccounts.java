package org.practiceexchange.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practiceexchange.organisation.Organisations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one account per role, all with the password {@value #PASSWORD}, plus a second
 * practitioner at another organisation. They never exist outside demo mode.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "exchange-demo";

	private final PersonRepository people;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoAccounts(PersonRepository people, Organisations organisations, PasswordEncoder passwords, Clock clock) {
		this.people = people;
		this.organisations = organisations;
		this.passwords = passwords;
		this.clock = clock;
	}

	private record Demo(String email, String name, Set<Role> roles, String organisation) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (people.existsByEmail("manager@demo.test")) {
			return;
		}
		Map<String, Long> ids = new java.util.HashMap<>();
		organisations.all().forEach(organisation -> ids.put(organisation.name(), organisation.id()));
		String hash = passwords.encode(PASSWORD);
		List.of(new Demo("manager@demo.test", "Morgan Hale", EnumSet.of(Role.PROGRAMME_MANAGER), "Sector Research Network"),
				new Demo("mentor@demo.test", "Dr Priya Anand", EnumSet.of(Role.MENTOR), "University of Midshire"),
				new Demo("facilitator@demo.test", "Sam Okafor", EnumSet.of(Role.MENTOR), "Sector Research Network"),
				new Demo("practitioner@demo.test", "Alex Turner", EnumSet.of(Role.PRACTITIONER), "Riverside College"),
				new Demo("lead@demo.test", "Jo Whitfield", EnumSet.of(Role.PROVIDER_LEAD), "Riverside College"),
				new Demo("reviewer@demo.test", "Chris Lowe", EnumSet.of(Role.REVIEWER), "Northgate Sixth Form College"),
				new Demo("validator@demo.test", "Dana Fielding", EnumSet.of(Role.VALIDATOR), "University of Midshire"),
				new Demo("colleague@demo.test", "Ruth Mensah", EnumSet.of(Role.PRACTITIONER), "Brookfield Adult Learning Service"))
			.forEach(demo -> people.save(Person.active(demo.email(), demo.name(), hash, demo.roles(),
					List.of(ids.get(demo.organisation())), clock.instant())));
	}
}

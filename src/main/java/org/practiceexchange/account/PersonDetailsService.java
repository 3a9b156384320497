package org.practiceexchange.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PersonDetailsService implements UserDetailsService {

	private final PersonRepository people;

	private final Clock clock;

	PersonDetailsService(PersonRepository people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return people.findByEmail(Person.normalise(email))
			.filter(person -> person.passwordHash() != null)
			.map(person -> person.signedIn(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}
}

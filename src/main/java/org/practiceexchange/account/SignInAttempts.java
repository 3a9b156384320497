package org.practiceexchange.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks it for a while after too many, whether the attempt
 * came through the sign-in form or HTTP Basic on the API.
 */
@Component
class SignInAttempts {

	private final PersonRepository people;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	SignInAttempts(PersonRepository people, Clock clock,
			@Value("${exchange.security.max-failed-sign-ins}") int maxFailures,
			@Value("${exchange.security.lock-duration}") Duration lockFor) {
		this.people = people;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		people.findByEmail(Person.normalise(event.getAuthentication().getName()))
			.ifPresent(person -> person.recordFailedSignIn(clock.instant(), maxFailures, lockFor));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInPerson signedIn) {
			people.findById(signedIn.id()).ifPresent(Person::recordSuccessfulSignIn);
		}
	}
}

package org.practiceexchange.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a programme manager deactivates or erases someone, or changes what they may do (roles,
 * organisations, e-mail), that person's sessions end once the change is saved: they sign in again
 * with what is true now, or not at all. On every node: with {@code exchange.cluster=true} the sessions
 * are found in the database all nodes share ({@link PersonSessions}).
 */
@Component
class SessionsOfChangedPeople {

	/**
	 * Published by {@link AccountService} when a change should end someone's sessions; {@code email} is the
	 * address they signed in with, the one before the change.
	 */
	record AccessChanged(Long personId, String email) {
	}

	private final PersonSessions sessions;

	SessionsOfChangedPeople(PersonSessions sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(AccessChanged changed) {
		sessions.of(changed.personId(), changed.email()).forEach(SessionInformation::expireNow);
	}
}

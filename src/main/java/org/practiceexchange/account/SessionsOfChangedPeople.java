package org.practiceexchange.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a programme manager deactivates someone, or changes what they may do (roles,
 * organisations, e-mail), that person's sessions end once the change is saved: they sign in again
 * with what is true now, or not at all.
 */
@Component
class SessionsOfChangedPeople {

	/** Published by {@link AccountService} when a change should end someone's sessions. */
	record AccessChanged(Long personId) {
	}

	private final SessionRegistry sessions;

	SessionsOfChangedPeople(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(AccessChanged changed) {
		sessions.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof SignedInPerson person && person.id().equals(changed.personId()))
			.flatMap(principal -> sessions.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}
}

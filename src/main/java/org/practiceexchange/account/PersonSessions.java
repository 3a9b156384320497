package org.practiceexchange.account;

import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Where this node finds a person's open sessions, picked for the mode it runs in: on one node its own
 * {@link SessionRegistryImpl} in memory; with {@code exchange.cluster=true} the session repository every node
 * shares, searched by the principal name it indexes (the e-mail address the person signed in with), since a
 * registry backed by Spring Session cannot list every principal.
 */
abstract class PersonSessions {

	/** The registry Spring Security checks each request's session against. */
	abstract SessionRegistry registry();

	/** The person's sessions that have not ended yet; {@code signedInAs} is their e-mail address before any change. */
	abstract List<SessionInformation> of(Long personId, String signedInAs);

	static PersonSessions inMemory() {
		return new InMemory(new SessionRegistryImpl());
	}

	static <S extends Session> PersonSessions inRepository(FindByIndexNameSessionRepository<S> repository) {
		return new InRepository(new SpringSessionBackedSessionRegistry<>(repository));
	}

	private static final class InMemory extends PersonSessions {

		private final SessionRegistry registry;

		InMemory(SessionRegistry registry) {
			this.registry = registry;
		}

		@Override
		SessionRegistry registry() {
			return registry;
		}

		@Override
		List<SessionInformation> of(Long personId, String signedInAs) {
			return registry.getAllPrincipals()
				.stream()
				.filter(principal -> principal instanceof SignedInPerson person && person.id().equals(personId))
				.flatMap(principal -> registry.getAllSessions(principal, false).stream())
				.toList();
		}
	}

	private static final class InRepository extends PersonSessions {

		private final SessionRegistry registry;

		InRepository(SessionRegistry registry) {
			this.registry = registry;
		}

		@Override
		SessionRegistry registry() {
			return registry;
		}

		/** Expiring one of these marks it in the database, so the node that next serves it ends it. */
		@Override
		List<SessionInformation> of(Long personId, String signedInAs) {
			return signedInAs == null ? List.of() : registry.getAllSessions(signedInAs, false);
		}
	}
}

package org.practiceexchange.account;

import java.util.List;
import java.util.Set;

/** Someone the fixtures created, with the password they sign in with. */
public record TestPerson(Long id, String email, String password, String name, Set<Role> roles,
		List<Long> organisationIds) {
}

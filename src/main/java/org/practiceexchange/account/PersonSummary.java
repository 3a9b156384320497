package org.practiceexchange.account;

import java.util.List;
import java.util.Set;

/** What other modules and the API may know of a person. */
public record PersonSummary(Long id, String email, String name, PersonStatus status, Set<Role> roles,
		List<Long> organisationIds) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}

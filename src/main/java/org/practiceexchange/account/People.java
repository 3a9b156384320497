package org.practiceexchange.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The account module's public API for reading people. */
public interface People {

	Optional<PersonSummary> find(Long id);

	List<PersonSummary> findAll(Collection<Long> ids);

	/** Active people holding the role, by name: for choosing one in a form. */
	List<PersonSummary> withRole(Role role);

	/** The person with this e-mail address (as stored, case-insensitively), if any. */
	Optional<PersonSummary> findByEmail(String email);
}

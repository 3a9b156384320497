package org.practiceexchange.project;

import java.util.List;
import java.util.Optional;

/** The project module's public API. */
public interface Projects {

	Optional<ProjectSummary> find(Long id);

	/** Projects the person is a member, facilitator or mentor of. */
	List<ProjectSummary> involving(Long personId);

	/** Projects with members from any of these organisations: what a provider lead follows. */
	List<ProjectSummary> withMembersFrom(java.util.Collection<Long> organisationIds);
}

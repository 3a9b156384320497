package org.practiceexchange.resource;

import java.util.Collection;
import java.util.Map;

/**
 * What outputs and the cascade log need to know of projects: which ones a person takes part in or
 * follows (to say which project an output or a piece of shared learning came from) and their titles
 * (for reach by project). The project
 * module implements it, so this module does not depend on it.
 */
public interface ProjectTitles {

	/** The projects the person is a member, facilitator or mentor of: id to title, by title. */
	Map<Long, String> involving(Long personId);

	/** The projects with members from any of these organisations, which their provider lead follows: id to title, by title. */
	Map<Long, String> withMembersFrom(Collection<Long> organisationIds);

	/** Titles of these projects (unknown ids are left out). */
	Map<Long, String> titles(Collection<Long> projectIds);
}

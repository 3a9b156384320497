package org.practiceexchange.resource;

import java.util.Collection;
import java.util.Map;

/**
 * What the cascade log needs to know of projects: which ones a participant takes part in (to say
 * which project their learning came from) and their titles (for reach by project). The project
 * module implements it, so this module does not depend on it.
 */
public interface ProjectTitles {

	/** The projects the person is a member, facilitator or mentor of: id to title, by title. */
	Map<Long, String> involving(Long personId);

	/** Titles of these projects (unknown ids are left out). */
	Map<Long, String> titles(Collection<Long> projectIds);
}

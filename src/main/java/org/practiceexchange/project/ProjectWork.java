package org.practiceexchange.project;

import java.util.List;

import org.practiceexchange.account.SignedInPerson;

/**
 * Implemented by modules whose work happens inside a project (inquiries), so the project page can
 * list it without this module depending on them. Each item is what the viewer may see of it.
 */
public interface ProjectWork {

	record Item(String title, String ownerName, String statusKey, String path) {
	}

	/** Whether the project page shows this section to this viewer at all. */
	default boolean appliesTo(ProjectSummary project, ProjectRole role) {
		return true;
	}

	/** Message key of the section heading. */
	String headingKey();

	List<Item> workIn(ProjectSummary project, SignedInPerson viewer, ProjectRole role);

	/** Where this viewer starts new work here, or null when they cannot. */
	default String startPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return null;
	}

	/** Message key of the start link. */
	default String startKey() {
		return null;
	}

	/**
	 * A page of this work worth a link of its own under the project on the person's list of
	 * projects (a learning set's meetings), or null; asked only where {@link #appliesTo} holds.
	 */
	default String shortcutPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return null;
	}

	/** Message key of that link. */
	default String shortcutKey() {
		return headingKey();
	}
}

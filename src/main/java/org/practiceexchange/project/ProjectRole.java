package org.practiceexchange.project;

/**
 * How a signed-in person stands towards a project, strongest first. A provider lead sees the
 * progress of their own organisation's practitioners, never the content of their work.
 */
public enum ProjectRole {
	MANAGER, SUPPORTER, MEMBER, LEAD;

	public boolean seesContent() {
		return this != LEAD;
	}
}

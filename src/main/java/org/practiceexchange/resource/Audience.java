package org.practiceexchange.resource;

/** Who heard about the learning. */
public enum Audience {
	OWN_TEAM, OWN_ORGANISATION, OTHER_ORGANISATIONS, NETWORK_OR_CONFERENCE
}

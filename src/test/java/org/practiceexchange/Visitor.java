package org.practiceexchange;

import org.practiceexchange.account.Role;

/** Whoever is using the site: someone signed out, or someone signed in holding one role. */
public enum Visitor {

	SIGNED_OUT, PRACTITIONER, MENTOR, PROVIDER_LEAD, REVIEWER, VALIDATOR, PROGRAMME_MANAGER;

	/** The role a signed-in visitor holds; null for someone signed out. */
	public Role role() {
		return this == SIGNED_OUT ? null : Role.valueOf(name());
	}

	public boolean isSignedIn() {
		return this != SIGNED_OUT;
	}
}

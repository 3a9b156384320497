package org.practiceexchange.account;

/**
 * What a signed-in person may do. A visitor is anyone not signed in, so has no stored role. A
 * person may hold several roles.
 */
public enum Role {
	PRACTITIONER, MENTOR, PROVIDER_LEAD, REVIEWER, VALIDATOR, PROGRAMME_MANAGER;

	/** The authority Spring Security checks, e.g. {@code ROLE_PROGRAMME_MANAGER}. */
	public String authority() {
		return "ROLE_" + name();
	}
}

package org.practiceexchange.shared;

/**
 * A request that is well-formed but breaks a rule of the domain (an e-mail already taken, a
 * closed cohort). Carries the form field it concerns, so a page can show the message beside it
 * and an API can name it in its problem details.
 */
public class DomainRuleException extends RuntimeException {

	private final String field;

	public DomainRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}

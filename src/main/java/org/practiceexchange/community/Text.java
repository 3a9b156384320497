package org.practiceexchange.community;

import org.practiceexchange.shared.DomainRuleException;

/** The community's rules for what people type: required or not, and how long at most. */
final class Text {

	private Text() {
	}

	static String required(String field, String text, int max, String missing) {
		if (text == null || text.isBlank()) {
			throw new DomainRuleException(field, missing);
		}
		return limited(field, text.strip(), max);
	}

	static String optional(String field, String text, int max) {
		return text == null || text.isBlank() ? null : limited(field, text.strip(), max);
	}

	private static String limited(String field, String text, int max) {
		if (text.length() > max) {
			throw new DomainRuleException(field, "Keep this to " + max + " characters or fewer (it has " + text.length() + ")");
		}
		return text;
	}
}

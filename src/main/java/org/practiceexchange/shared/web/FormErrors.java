package org.practiceexchange.shared.web;

import org.practiceexchange.shared.DomainRuleException;
import org.springframework.validation.BindingResult;

/** Puts a broken domain rule next to its field, or at the top of the form when it has none. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, DomainRuleException ex) {
		if (ex.field() == null) {
			result.reject("rule", ex.getMessage());
		}
		else {
			result.rejectValue(ex.field(), "rule", ex.getMessage());
		}
	}
}

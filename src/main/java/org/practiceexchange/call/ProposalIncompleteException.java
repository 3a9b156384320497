package org.practiceexchange.call;

import java.util.List;

import org.practiceexchange.shared.DomainRuleException;

/** A proposal cannot be submitted yet: each missing item names its field. */
class ProposalIncompleteException extends DomainRuleException {

	private final List<Missing> missing;

	ProposalIncompleteException(List<Missing> missing) {
		super(null, "The proposal cannot be submitted yet: "
				+ String.join("; ", missing.stream().map(Missing::message).toList()));
		this.missing = List.copyOf(missing);
	}

	List<Missing> missing() {
		return missing;
	}

	record Missing(String field, String message) {
	}
}

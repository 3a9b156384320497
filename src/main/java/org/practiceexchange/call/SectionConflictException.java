package org.practiceexchange.call;

import org.practiceexchange.shared.DomainRuleException;

/** Someone else saved the same section of a proposal after this writer opened it. */
class SectionConflictException extends DomainRuleException {

	SectionConflictException() {
		super(null, "Someone else saved this section after you opened it, so your changes have not been saved.");
	}
}

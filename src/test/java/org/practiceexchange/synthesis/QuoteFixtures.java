package org.practiceexchange.synthesis;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;

/** For tests outside this module: a practitioner whose inquiry a synthesis asks to quote. */
@Component
public class QuoteFixtures {

	private final SynthesisFixtures syntheses;

	QuoteFixtures(SynthesisFixtures syntheses) {
		this.syntheses = syntheses;
	}

	/** A project member with an inquiry, asked for their consent to a quote from it. */
	public SignedInPerson aPractitionerAskedForAQuote() {
		return syntheses.aQuotedSynthesis().practitioner();
	}
}

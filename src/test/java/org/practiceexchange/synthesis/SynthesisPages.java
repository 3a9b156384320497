package org.practiceexchange.synthesis;

import java.util.List;

import org.practiceexchange.browser.RecordPages;
import org.springframework.stereotype.Component;

/** A synthesis with a quote asked for: the manager's pages, the practitioner's consent pages, and the public version. */
@Component
class SynthesisPages implements RecordPages {

	private final SynthesisFixtures fixtures;

	private final SynthesisService syntheses;

	SynthesisPages(SynthesisFixtures fixtures, SynthesisService syntheses) {
		this.fixtures = fixtures;
		this.syntheses = syntheses;
	}

	@Override
	public List<Visit> visits() {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		syntheses.addSection(q.synthesis(), new SynthesisForms.NewSection("What we found", "One.\n\nTwo."));
		syntheses.addCode(q.synthesis(), new SynthesisForms.NewCode("Purpose"));
		String page = "/syntheses/" + q.synthesis();
		List<Visit> visits = List.of(
				new Visit(q.manager().email(), List.of("/manage/syntheses", "/manage/syntheses/" + q.synthesis(), page)),
				new Visit(q.practitioner().email(), List.of("/my/quotes", "/my/quotes/" + q.quote())));
		syntheses.publish(q.synthesis());
		return java.util.stream.Stream.concat(visits.stream(), java.util.stream.Stream.of(Visit.signedOut(List.of("/syntheses", page))))
			.toList();
	}
}

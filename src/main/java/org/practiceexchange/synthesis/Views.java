package org.practiceexchange.synthesis;

import java.time.Instant;
import java.util.List;

/** What the synthesis pages show. */
final class Views {

	private Views() {
	}

	record Summary(Long id, Scope scope, Long scopeId, String title, boolean published, Instant publishedAt) {

		static Summary of(Synthesis synthesis) {
			return new Summary(synthesis.id(), synthesis.scope(), synthesis.scopeId(), synthesis.title(),
					synthesis.published(), synthesis.publishedAt());
		}
	}

	record SectionView(Long id, String heading, String body) {
	}

	/** A code, named {@code name} so the form's select can list it. */
	record CodeView(Long id, String name) {
	}

	/** A quote: in public only consented text is shown, with no name attached. */
	record QuoteView(Long id, Long inquiryId, String inquiryTitle, String practitionerName, Lesson lesson, String text,
			Long codeId, String codeLabel, Consent consent, Instant decidedAt) {
	}

	/** Quotes under one code; {@code label} is null for those not coded yet. */
	record CodeGroup(String label, List<QuoteView> quotes) {
	}

	/** A completed evaluation's lessons the manager may choose to quote. */
	record Candidate(Long inquiryId, String title, String practitionerName, List<CandidateLesson> lessons) {
	}

	record CandidateLesson(Lesson lesson, String text, boolean chosen) {
	}

	/** Everything a synthesis page shows, public or the manager's. */
	record Page(Summary synthesis, SynthesisFigures figures, List<SectionView> sections, List<CodeGroup> groups,
			Charts.Set charts) {
	}

	/** The manager's page adds every quote with its consent, the codes and the lessons to choose from. */
	record Manage(Page page, List<QuoteView> quotes, List<CodeView> codes, List<Candidate> candidates) {
	}

	/** A consent request as the practitioner sees it. */
	record Request(Long id, String synthesisTitle, String inquiryTitle, Lesson lesson, String text, Consent consent,
			Instant requestedAt, Instant decidedAt) {
	}
}

package org.practiceexchange.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.inquiry.MeasureKind;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Syntheses as the programme manager builds them and as the public reads them. Routes under
 * /manage are the manager's alone; a synthesis that is not published is not found for anyone else.
 */
@Service
@Transactional(readOnly = true)
class SynthesisService {

	private final SynthesisRepository syntheses;

	private final SectionRepository sections;

	private final LessonCodeRepository codes;

	private final QuoteRepository quotes;

	private final FigureService figures;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final Audit audit;

	SynthesisService(SynthesisRepository syntheses, SectionRepository sections, LessonCodeRepository codes,
			QuoteRepository quotes, FigureService figures, People people, MessageSource messages, Clock clock,
			Audit audit) {
		this.audit = audit;
		this.syntheses = syntheses;
		this.sections = sections;
		this.codes = codes;
		this.quotes = quotes;
		this.figures = figures;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	List<Views.Summary> all() {
		return syntheses.findAllByOrderByTitleAsc().stream().map(Views.Summary::of).toList();
	}

	List<Views.Summary> published() {
		return syntheses.findByPublishedTrueOrderByTitleAsc().stream().map(Views.Summary::of).toList();
	}

	@Transactional
	Views.Summary create(SignedInPerson me, SynthesisForms.Create form) {
		if (!form.readable()) {
			throw new DomainRuleException("target", "Choose a programme, cohort or theme from the list");
		}
		try {
			figures.records(form.scope(), form.scopeId());
		}
		catch (RecordNotFoundException ex) {
			throw new DomainRuleException("target", "Choose a programme, cohort or theme from the list");
		}
		if (syntheses.findByScopeAndScopeId(form.scope(), form.scopeId()).isPresent()) {
			throw new DomainRuleException("target", "There is already a synthesis of this; open it from the list");
		}
		return Views.Summary.of(syntheses.save(new Synthesis(form.scope(), form.scopeId(), form.title(), me.id(), clock.instant())));
	}

	/** The public version: published and consented material only. The manager may preview it before publishing. */
	Views.Page publicPage(Long id, SignedInPerson viewer) {
		Synthesis synthesis = syntheses.findById(id).orElseThrow(() -> new RecordNotFoundException("Synthesis", id));
		boolean manager = viewer != null && viewer.hasRole(Role.PROGRAMME_MANAGER);
		if (!synthesis.published() && !manager) {
			throw new RecordNotFoundException("Synthesis", id);
		}
		Records records = figures.records(synthesis.scope(), synthesis.scopeId());
		List<Views.QuoteView> consented = quoteViews(synthesis.id(), Map.of()).stream()
			.filter(q -> q.consent() == Consent.GIVEN)
			.toList();
		return page(synthesis, records, consented);
	}

	Views.Manage manage(Long id) {
		Synthesis synthesis = load(id);
		Records records = figures.records(synthesis.scope(), synthesis.scopeId());
		Map<Long, String> names = people.findAll(records.inquiries().stream().map(InquiryRecord::practitionerId).distinct().toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		List<Views.QuoteView> all = quoteViews(id, names);
		List<Views.QuoteView> consented = all.stream().filter(q -> q.consent() == Consent.GIVEN).toList();
		return new Views.Manage(page(synthesis, records, consented), all, codeViews(id), candidates(records, all, names));
	}

	private Views.Page page(Synthesis synthesis, Records records, List<Views.QuoteView> shown) {
		SynthesisFigures built = figures.figures(records);
		Map<MeasureKind, String> kindNames = new EnumMap<>(MeasureKind.class);
		Arrays.stream(MeasureKind.values())
			.forEach(kind -> kindNames.put(kind, messages.getMessage("measureKind." + kind.name(), null, kind.name(), java.util.Locale.UK)));
		List<Views.SectionView> narrative = sections.findBySynthesisIdOrderByIdAsc(synthesis.id()).stream()
			.map(s -> new Views.SectionView(s.id(), s.heading(), s.body()))
			.toList();
		return new Views.Page(Views.Summary.of(synthesis), built, narrative, groups(shown), Charts.of(built, kindNames));
	}

	/** Quotes grouped by code, codes in alphabetical order, then those not coded. */
	static List<Views.CodeGroup> groups(List<Views.QuoteView> shown) {
		Map<String, List<Views.QuoteView>> byCode = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		List<Views.QuoteView> uncoded = new ArrayList<>();
		for (Views.QuoteView quote : shown) {
			if (quote.codeLabel() == null) {
				uncoded.add(quote);
			}
			else {
				byCode.computeIfAbsent(quote.codeLabel(), label -> new ArrayList<>()).add(quote);
			}
		}
		List<Views.CodeGroup> groups = new ArrayList<>();
		byCode.forEach((label, list) -> groups.add(new Views.CodeGroup(label, list)));
		if (!uncoded.isEmpty()) {
			groups.add(new Views.CodeGroup(null, uncoded));
		}
		return groups;
	}

	private List<Views.QuoteView> quoteViews(Long synthesisId, Map<Long, String> names) {
		Map<Long, String> labels = codes.findBySynthesisIdOrderByLabelAsc(synthesisId).stream()
			.collect(Collectors.toMap(LessonCode::id, LessonCode::label));
		return quotes.findBySynthesisIdOrderByIdAsc(synthesisId).stream()
			.map(q -> new Views.QuoteView(q.id(), q.inquiryId(), q.inquiryTitle(), names.get(q.practitionerId()), q.lesson(),
					q.consented() ? q.consentedText() : q.quotedText(), q.codeId(), labels.get(q.codeId()), q.consent(),
					q.decidedAt()))
			.toList();
	}

	private List<Views.CodeView> codeViews(Long synthesisId) {
		return codes.findBySynthesisIdOrderByLabelAsc(synthesisId).stream().map(c -> new Views.CodeView(c.id(), c.label())).toList();
	}

	private static List<Views.Candidate> candidates(Records records, List<Views.QuoteView> chosen, Map<Long, String> names) {
		return records.inquiries().stream()
			.filter(i -> i.evaluation() != null)
			.map(i -> new Views.Candidate(i.id(), i.title(), names.get(i.practitionerId()), Arrays.stream(Lesson.values())
				.filter(lesson -> lesson.textOf(i.evaluation()) != null && !lesson.textOf(i.evaluation()).isBlank())
				.map(lesson -> new Views.CandidateLesson(lesson, lesson.textOf(i.evaluation()), chosen.stream()
					.anyMatch(q -> q.inquiryId().equals(i.id()) && q.lesson() == lesson)))
				.toList()))
			.toList();
	}

	@Transactional
	void addSection(Long id, SynthesisForms.NewSection form) {
		sections.save(new Section(load(id).id(), form.heading(), form.body()));
	}

	@Transactional
	void removeSection(Long id, Long sectionId) {
		Section section = sections.findById(sectionId).filter(s -> s.synthesisId().equals(load(id).id()))
			.orElseThrow(() -> new RecordNotFoundException("Section", sectionId));
		sections.delete(section);
	}

	@Transactional
	void addCode(Long id, SynthesisForms.NewCode form) {
		Synthesis synthesis = load(id);
		if (form.label() != null && codes.existsBySynthesisIdAndLabelIgnoreCase(synthesis.id(), form.label().strip())) {
			throw new DomainRuleException("label", "There is already a code with that name");
		}
		codes.save(new LessonCode(synthesis.id(), form.label()));
	}

	/** Tags a quote with one of this synthesis's codes, or clears its code. */
	@Transactional
	void tag(Long id, Long quoteId, Long codeId) {
		Quote quote = quoteOf(id, quoteId);
		quote.tag(codeOf(id, codeId));
	}

	@Transactional
	void removeQuote(Long id, Long quoteId) {
		quotes.delete(quoteOf(id, quoteId));
	}

	@Transactional
	void publish(Long id) {
		load(id).publish(clock.instant());
		audit.record("SYNTHESIS_PUBLISHED", "Synthesis", id, "published=false", "published=true");
	}

	@Transactional
	void withdraw(Long id) {
		load(id).withdraw();
		audit.record("SYNTHESIS_WITHDRAWN", "Synthesis", id, "published=true", "published=false");
	}

	Synthesis load(Long id) {
		return syntheses.findById(id).orElseThrow(() -> new RecordNotFoundException("Synthesis", id));
	}

	Quote quoteOf(Long id, Long quoteId) {
		return quotes.findById(quoteId).filter(q -> q.synthesisId().equals(load(id).id()))
			.orElseThrow(() -> new RecordNotFoundException("Quote", quoteId));
	}

	/** One of this synthesis's codes, or null for none. */
	Long codeOf(Long id, Long codeId) {
		if (codeId == null) {
			return null;
		}
		return codes.findById(codeId).filter(c -> c.synthesisId().equals(id)).map(LessonCode::id)
			.orElseThrow(() -> new DomainRuleException("codeId", "Choose a code from the list"));
	}
}

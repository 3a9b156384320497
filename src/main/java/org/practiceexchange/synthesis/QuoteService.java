package org.practiceexchange.synthesis;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quoting lessons: the manager chooses a lesson and the practitioner is asked by e-mail; they give
 * or refuse consent on their own page. Someone else's request is not found for them.
 */
@Service
@Transactional(readOnly = true)
class QuoteService {

	private final QuoteRepository quotes;

	private final SynthesisService syntheses;

	private final FigureService figures;

	private final People people;

	private final Mail mail;

	private final Clock clock;

	private final String baseUrl;

	QuoteService(QuoteRepository quotes, SynthesisService syntheses, FigureService figures, People people, Mail mail,
			Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.quotes = quotes;
		this.syntheses = syntheses;
		this.figures = figures;
		this.people = people;
		this.mail = mail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The manager asks to quote a lesson from an evaluation in the synthesis's scope; the practitioner is e-mailed. */
	@Transactional
	Long choose(Long id, SignedInPerson me, SynthesisForms.Choose form) {
		Synthesis synthesis = syntheses.load(id);
		InquiryRecord inquiry = figures.records(synthesis.scope(), synthesis.scopeId()).inquiries().stream()
			.filter(i -> i.id().equals(form.inquiryId()) && i.evaluation() != null)
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("inquiryId", "Choose a lesson from an evaluation in this synthesis"));
		if (quotes.existsBySynthesisIdAndInquiryIdAndLesson(id, inquiry.id(), form.lesson())) {
			throw new DomainRuleException("lesson", "That lesson is already chosen");
		}
		Quote quote = quotes.save(new Quote(id, inquiry.id(), inquiry.title(), inquiry.practitionerId(), form.lesson(),
				form.lesson().textOf(inquiry.evaluation()), syntheses.codeOf(id, form.codeId()), me.id(), clock.instant()));
		people.find(inquiry.practitionerId()).ifPresent(practitioner -> mail.notify(practitioner.email(),
				NotificationKind.SIGN_OFF_REQUEST, "May we quote your lessons in a synthesis of learning?",
				"Hello " + practitioner.name() + ",\n\n" + me.name() + " would like to quote what you wrote in the evaluation of "
						+ "your inquiry ‘" + inquiry.title() + "’ in the synthesis of learning ‘" + synthesis.title()
						+ "’.\n\nRead the words they would quote, and say yes or no, here:\n" + baseUrl + "/my/quotes/"
						+ quote.id() + "\n\nNothing is quoted in public unless you agree, and you can change your mind later."));
		return quote.id();
	}

	List<Views.Request> mine(SignedInPerson me) {
		List<Quote> found = quotes.findByPractitionerIdOrderByRequestedAtDesc(me.id());
		Map<Long, String> titles = syntheses.all().stream().collect(Collectors.toMap(Views.Summary::id, Views.Summary::title));
		return found.stream().map(q -> request(q, titles.get(q.synthesisId()))).toList();
	}

	/** The practitioner's own request; anyone else's is not found. */
	Views.Request one(SignedInPerson me, Long quoteId) {
		Quote quote = own(me, quoteId);
		return request(quote, syntheses.load(quote.synthesisId()).title());
	}

	@Transactional
	void decide(SignedInPerson me, Long quoteId, boolean give) {
		own(me, quoteId).decide(me.id(), give, clock.instant());
	}

	private Quote own(SignedInPerson me, Long quoteId) {
		return quotes.findById(quoteId).filter(q -> q.practitionerId().equals(me.id()))
			.orElseThrow(() -> new RecordNotFoundException("Quote", quoteId));
	}

	private static Views.Request request(Quote quote, String synthesisTitle) {
		return new Views.Request(quote.id(), synthesisTitle, quote.inquiryTitle(), quote.lesson(), quote.quotedText(),
				quote.consent(), quote.requestedAt(), quote.decidedAt());
	}
}

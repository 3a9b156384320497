package org.practiceexchange.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practiceexchange.notification.Mail;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sector's side: start a response, save it as a draft, come back by its private link, submit it once. */
@Service
@Transactional(readOnly = true)
class ResponseService {

	static final int MAX_TEXT = 4_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Set<String> CHOICES_SCALE = Set.of("1", "2", "3", "4", "5");

	private static final Set<String> CHOICES_RECOMMENDATION = Set.of("1", "2", "3");

	private final ConsultationService consultations;

	private final ResponseRepository responses;

	private final ResponseLimits limits;

	private final Mail mail;

	private final Tallies tallies;

	private final Clock clock;

	private final String baseUrl;

	ResponseService(ConsultationService consultations, ResponseRepository responses, ResponseLimits limits, Mail mail,
			Tallies tallies, Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.consultations = consultations;
		this.responses = responses;
		this.limits = limits;
		this.mail = mail;
		this.tallies = tallies;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts a response and answers its private token. A signed-in person gets their existing
	 * response back instead of a second one.
	 */
	@Transactional
	String start(Long consultationId, Long personId, String address) {
		Consultation consultation = consultations.load(consultationId);
		requireAccepting(consultation);
		if (personId != null) {
			Optional<Response> existing = responses.findFirstByConsultationIdAndPersonId(consultationId, personId);
			if (existing.isPresent()) {
				return existing.get().token();
			}
		}
		if (!limits.tryStart(address)) {
			throw new TooManyResponses();
		}
		return responses.save(new Response(consultationId, newToken(), personId, clock.instant())).token();
	}

	ResponseView view(String token) {
		Response response = byToken(token);
		Map<String, String> values = new HashMap<>();
		for (Answer answer : response.answers()) {
			values.put(key(answer), answer.text() != null ? answer.text() : String.valueOf(answer.choice()));
		}
		ResponseForm about = new ResponseForm(response.email(), response.role(), response.organisationType(), response.region(), "");
		return new ResponseView(response.token(), response.status(), consultations.get(response.consultationId()), values,
				about, response.submittedAt());
	}

	/** Saves the draft; with {@code submit} also checks required answers and makes it a final record. */
	@Transactional
	void save(String token, ResponseForm form, Map<String, String> params, boolean submit) {
		Response response = byToken(token);
		if (response.submitted()) {
			throw new DomainRuleException(null, "This response has been submitted and cannot be changed");
		}
		Consultation consultation = consultations.load(response.consultationId());
		requireAccepting(consultation);
		List<Answer> answers = answersFrom(response, consultation, params, submit);
		response.save(form, answers, clock.instant());
		String link = baseUrl + "/consultations/respond/" + response.token();
		if (submit) {
			response.submit(clock.instant(), consultations.today());
			responses.flush();
			tallies.count(response);
			if (response.email() != null) {
				mail.send(response.email(), "Your response to " + consultation.title(),
						"Thank you for responding to " + consultation.title() + ".\n\nYour response has been received and "
								+ "recorded as you submitted it. You can read it again here:\n" + link
								+ "\n\nKeep this link private: anyone who has it can read your response.");
			}
		}
		else if (response.markLinkSent()) {
			mail.send(response.email(), "Your draft response to " + consultation.title(),
					"Your draft response has been saved. Come back to it with this private link:\n" + link
							+ "\n\nKeep it private: anyone who has it can read and change your draft until you submit it.");
		}
	}

	/** The answers' problems without saving anything: for a form that failed on other fields first. */
	@Transactional(readOnly = true)
	List<AnswerProblems.Problem> problems(String token, Map<String, String> params, boolean submit) {
		Response response = byToken(token);
		try {
			answersFrom(response, consultations.load(response.consultationId()), params, submit);
			return List.of();
		}
		catch (AnswerProblems problems) {
			return problems.problems();
		}
	}

	private List<Answer> answersFrom(Response response, Consultation consultation, Map<String, String> params, boolean submit) {
		List<Answer> answers = new ArrayList<>();
		List<AnswerProblems.Problem> problems = new ArrayList<>();
		for (Question question : consultation.questions()) {
			String field = "q-" + question.id();
			switch (question.kind()) {
				case SCALE -> {
					String value = params.getOrDefault(field, "").strip();
					if (!value.isEmpty()) {
						if (CHOICES_SCALE.contains(value)) {
							answers.add(new Answer(response, question.id(), null, null, Integer.valueOf(value), null));
						}
						else {
							problems.add(new AnswerProblems.Problem(field, field + "-1", "Choose one of the options: " + question.prompt()));
						}
					}
					else if (submit && question.required()) {
						problems.add(new AnswerProblems.Problem(field, field + "-1", "Choose how far you agree: " + question.prompt()));
					}
				}
				case FREE_TEXT -> {
					String value = params.getOrDefault(field, "").strip();
					if (value.length() > MAX_TEXT) {
						problems.add(new AnswerProblems.Problem(field, field, "Keep your answer under " + MAX_TEXT + " characters: "
								+ question.prompt()));
					}
					else if (!value.isEmpty()) {
						answers.add(new Answer(response, question.id(), null, null, null, value));
					}
					else if (submit && question.required()) {
						problems.add(new AnswerProblems.Problem(field, field, "Answer this question: " + question.prompt()));
					}
				}
				case RECOMMENDATIONS -> {
					boolean any = false;
					for (Recommendation recommendation : consultation.recommendations()) {
						for (String aspect : List.of(Answer.ABOUT_RECOMMENDATION, Answer.ABOUT_MARKS)) {
							String name = (aspect.equals(Answer.ABOUT_MARKS) ? "marks-" : "rec-") + recommendation.id();
							String value = params.getOrDefault(name, "").strip();
							if (value.isEmpty()) {
								continue;
							}
							if (CHOICES_RECOMMENDATION.contains(value)) {
								answers.add(new Answer(response, question.id(), recommendation.id(), aspect, Integer.valueOf(value), null));
								any = true;
							}
							else {
								problems.add(new AnswerProblems.Problem(field, name + "-1", "Choose one of the options for recommendation "
										+ recommendation.number()));
							}
						}
					}
					if (submit && question.required() && !any) {
						String first = consultation.recommendations().isEmpty() ? field
								: "rec-" + consultation.recommendations().get(0).id() + "-1";
						problems.add(new AnswerProblems.Problem(field, first, "Say whether you agree with at least one recommendation"));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new AnswerProblems(problems);
		}
		return answers;
	}

	private void requireAccepting(Consultation consultation) {
		String refusal = consultation.refusal(consultations.today());
		if ("closed".equals(refusal)) {
			throw new DomainRuleException(null, "This consultation has closed: it no longer takes responses");
		}
		if (refusal != null) {
			throw new DomainRuleException(null, "This consultation is not open for responses yet");
		}
	}

	private Response byToken(String token) {
		return responses.findByToken(token == null ? "" : token).orElseThrow(() -> new RecordNotFoundException("Response", token));
	}

	static String key(Answer answer) {
		if (answer.recommendationId() == null) {
			return "q-" + answer.questionId();
		}
		return (Answer.ABOUT_MARKS.equals(answer.aspect()) ? "marks-" : "rec-") + answer.recommendationId();
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}

package org.practiceexchange.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.conference.ConferenceViews.ApplicationView;
import org.practiceexchange.conference.ConferenceViews.ScoreView;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call for speakers: practitioners apply with work they have completed, reviewers and the
 * programme manager score and select, and applicants hear the decision by e-mail. An application
 * is seen by its applicant, reviewers and the programme manager; to anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
class TalkService {

	private final ApplicationRepository applications;

	private final EditionRepository editions;

	private final SlotRepository slots;

	private final List<PresentableWork> sources;

	private final ProgrammeCatalogue catalogue;

	private final Outputs outputs;

	private final org.practiceexchange.account.People people;

	private final ConferenceMail conferenceMail;

	private final Clock clock;

	private final Audit audit;

	private final RegistrationService registrations;

	TalkService(Audit audit, ApplicationRepository applications, EditionRepository editions, SlotRepository slots,
			List<PresentableWork> sources, ProgrammeCatalogue catalogue, Outputs outputs,
			org.practiceexchange.account.People people, ConferenceMail conferenceMail, Clock clock,
			RegistrationService registrations) {
		this.audit = audit;
		this.registrations = registrations;
		this.applications = applications;
		this.editions = editions;
		this.slots = slots;
		this.sources = sources;
		this.catalogue = catalogue;
		this.outputs = outputs;
		this.people = people;
		this.conferenceMail = conferenceMail;
		this.clock = clock;
	}

	/** Everything the person could present, from every source, each key once. */
	List<PresentableWork.Work> workOf(Long personId) {
		return sources.stream().flatMap(source -> source.of(personId).stream())
			.collect(Collectors.toMap(PresentableWork.Work::key, w -> w, (a, b) -> a, java.util.LinkedHashMap::new))
			.values().stream().toList();
	}

	/** Published outputs by id, for the form's choice and the pages' links. */
	Map<Long, OutputSummary> outputsOf(List<PresentableWork.Work> work) {
		return work.stream().flatMap(w -> w.outputIds().stream()).distinct()
			.map(outputs::findPublished).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(OutputSummary::id, o -> o));
	}

	List<ThemeSummary> themes() {
		return catalogue.activeThemes();
	}

	/** Checks the call is open for this person before they fill in the form. */
	void checkMayApply(Long editionId) {
		Edition edition = edition(editionId);
		if (edition.timetablePublished()) {
			throw new DomainRuleException(null, "The call for speakers is closed: the timetable has been published");
		}
		if (!edition.callOpen(today())) {
			throw new DomainRuleException(null, "The call for speakers is not open");
		}
	}

	@Transactional
	ApplicationView apply(Long editionId, SignedInPerson me, ConferenceForms.ApplicationForm form) {
		checkMayApply(editionId);
		PresentableWork.Work work = workOf(me.id()).stream().filter(w -> w.key().equals(form.workKey())).findFirst()
			.orElseThrow(() -> new DomainRuleException("workKey", "Choose one of your completed pieces of work"));
		if (applications.existsByEditionIdAndApplicantIdAndWorkKeyAndStatusNot(editionId, me.id(), work.key(),
				TalkApplication.Status.WITHDRAWN)) {
			throw new DomainRuleException("workKey", "You have already applied to present this work");
		}
		if (applications.existsByEditionIdAndWorkKeyAndStatusNot(editionId, work.key(), TalkApplication.Status.WITHDRAWN)) {
			throw new DomainRuleException("workKey", "This work has already been offered to this conference");
		}
		Set<Long> known = catalogue.allThemes().stream().map(ThemeSummary::id).collect(Collectors.toSet());
		if (!known.containsAll(form.themes())) {
			throw new DomainRuleException("themeIds", "Choose themes from the list");
		}
		TalkApplication saved = applications.save(new TalkApplication(editionId, me.id(), work, form, clock.instant()));
		return view(saved);
	}

	/** The application if this person may see it: its applicant, a reviewer or the programme manager. */
	ApplicationView visible(Long id, SignedInPerson me) {
		TalkApplication application = load(id);
		if (!mayReview(me) && !application.applicantId().equals(me.id())) {
			throw new RecordNotFoundException("Application", id);
		}
		return view(application);
	}

	List<ApplicationView> mine(Long editionId, Long personId) {
		return applications.findByApplicantIdOrderBySubmittedAtDesc(personId).stream()
			.filter(a -> a.editionId().equals(editionId)).map(this::view).toList();
	}

	/** Every application to an edition, best average score first, for reviewers and the manager. */
	List<ApplicationView> forReview(Long editionId) {
		edition(editionId);
		return applications.findByEditionIdOrderBySubmittedAtAsc(editionId).stream().map(this::view)
			.sorted(java.util.Comparator.comparing((ApplicationView v) -> v.averageScore() == null ? -1 : v.averageScore())
				.reversed())
			.toList();
	}

	@Transactional
	void score(Long id, SignedInPerson me, ConferenceForms.ScoreForm form) {
		checkReviewer(me);
		TalkApplication application = load(id);
		String before = application.scores().stream().filter(s -> s.reviewerId().equals(me.id())).findFirst()
			.map(s -> "score=" + s.score()).orElse(null);
		application.score(me.id(), form.value(), form.comments(), clock.instant());
		audit.record("TALK_APPLICATION_SCORED", "TalkApplication", id, before, "score=" + form.value());
	}

	@Transactional
	ApplicationView decide(Long id, SignedInPerson me, boolean select) {
		checkReviewer(me);
		TalkApplication application = load(id);
		if (!select && slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(application.editionId()).stream()
			.anyMatch(slot -> id.equals(slot.applicationId()))) {
			throw new DomainRuleException(null, "This talk is in the timetable: take it out of the timetable first");
		}
		TalkApplication.Status before = application.status();
		application.decide(select, me.id(), clock.instant());
		audit.record("TALK_APPLICATION_DECIDED", "TalkApplication", id, "status=" + before,
				"status=" + application.status());
		Edition edition = edition(application.editionId());
		if (select) {
			registrations.holdSpeakerPlace(edition.id(), application.applicantId());
		}
		people.find(application.applicantId())
			.ifPresent(applicant -> conferenceMail.talkDecided(applicant, edition, application, select));
		return view(application);
	}

	@Transactional
	void withdraw(Long id, SignedInPerson me) {
		TalkApplication application = load(id);
		if (!application.applicantId().equals(me.id())) {
			if (mayReview(me)) {
				throw new AccessDeniedException("Only the applicant may withdraw an application");
			}
			throw new RecordNotFoundException("Application", id);
		}
		if (slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(application.editionId()).stream()
			.anyMatch(slot -> id.equals(slot.applicationId()))) {
			throw new DomainRuleException(null, "Your talk is in the timetable: please contact the programme team to withdraw");
		}
		TalkApplication.Status before = application.status();
		application.withdraw();
		audit.record("TALK_APPLICATION_WITHDRAWN", "TalkApplication", id, "status=" + before,
				"status=" + application.status());
	}

	static boolean mayReview(SignedInPerson me) {
		return me.hasRole(Role.REVIEWER) || me.hasRole(Role.PROGRAMME_MANAGER);
	}

	private static void checkReviewer(SignedInPerson me) {
		if (!mayReview(me)) {
			throw new AccessDeniedException("Only reviewers and the programme manager score and select");
		}
	}

	private ApplicationView view(TalkApplication a) {
		Edition edition = edition(a.editionId());
		Map<Long, String> themeNames = catalogue.allThemes().stream()
			.collect(Collectors.toMap(ThemeSummary::id, ThemeSummary::name));
		List<Long> ids = Stream.concat(Stream.of(a.applicantId()), a.scores().stream().map(Score::reviewerId)).distinct()
			.toList();
		Map<Long, String> names = people.findAll(ids).stream()
			.collect(Collectors.toMap(org.practiceexchange.account.PersonSummary::id,
					org.practiceexchange.account.PersonSummary::name));
		String outputTitle = a.outputId() == null ? null
				: outputs.findPublished(a.outputId()).map(OutputSummary::title).orElse(null);
		return new ApplicationView(a.id(), a.editionId(), edition.title(), a.applicantId(), names.get(a.applicantId()),
				a.title(), a.summary(), a.themeIds().stream().map(themeNames::get).filter(Objects::nonNull).sorted().toList(),
				a.measureLines(), a.inquiryId(), a.projectId(), a.reportId(), outputTitle == null ? null : a.outputId(),
				outputTitle, a.status(), a.submittedAt(), a.averageScore(),
				a.scores().stream().map(s -> new ScoreView(s.reviewerId(), names.get(s.reviewerId()), s.score(), s.comments()))
					.toList());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
	}

	private Edition edition(Long id) {
		return editions.findById(id).orElseThrow(() -> new RecordNotFoundException("Conference", id));
	}

	private TalkApplication load(Long id) {
		return applications.findById(id).orElseThrow(() -> new RecordNotFoundException("Application", id));
	}
}

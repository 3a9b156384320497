package org.practiceexchange.programme;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practitioners apply to join a cohort; a programme manager accepts or declines. */
@Service
@Transactional
class EnrolmentService {

	private final EnrolmentRepository enrolments;

	private final CohortRepository cohorts;

	private final People people;

	private final Organisations organisations;

	private final Mail mail;

	private final Clock clock;

	private final String baseUrl;

	private final Audit audit;

	EnrolmentService(Audit audit, EnrolmentRepository enrolments, CohortRepository cohorts, People people,
			Organisations organisations, Mail mail, Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.audit = audit;
		this.enrolments = enrolments;
		this.cohorts = cohorts;
		this.people = people;
		this.organisations = organisations;
		this.mail = mail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	Long apply(Long personId, Long cohortId, EnrolmentForms.Application form) {
		PersonSummary person = people.find(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
		if (!person.hasRole(Role.PRACTITIONER)) {
			throw new AccessDeniedException("Only practitioners apply to cohorts");
		}
		Cohort cohort = loadCohort(cohortId);
		cohort.checkTakesApplications();
		if (!person.organisationIds().contains(form.organisationId())) {
			throw new DomainRuleException("organisationId", "Choose one of your own organisations");
		}
		if (enrolments.existsByCohortIdAndPersonIdAndStatusIn(cohortId, personId,
				EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.ACCEPTED))) {
			throw new DomainRuleException(null, "You have already applied to this cohort");
		}
		Enrolment enrolment = enrolments.save(new Enrolment(cohortId, personId, form.organisationId(),
				form.statement(), clock.instant()));
		mail.send(person.email(), "We have your application: " + cohort.programme().name(),
				"Hello " + person.name() + ",\n\nThank you for applying to join " + cohort.name() + " of "
						+ cohort.programme().name() + ". A programme manager will look at your "
						+ "application and we will e-mail you with their decision.\n\nYou can follow it here:\n"
						+ baseUrl + "/my/applications\n");
		return enrolment.id();
	}

	void withdraw(Long personId, Long enrolmentId) {
		Enrolment enrolment = enrolments.findById(enrolmentId)
			.filter(found -> found.personId().equals(personId))
			.orElseThrow(() -> new RecordNotFoundException("Application", enrolmentId));
		enrolment.withdraw(clock.instant());
	}

	void decide(Long enrolmentId, boolean accept, String note, Long managerId) {
		Enrolment enrolment = enrolments.findById(enrolmentId)
			.orElseThrow(() -> new RecordNotFoundException("Application", enrolmentId));
		Cohort cohort = loadCohort(enrolment.cohortId());
		EnrolmentStatus before = enrolment.status();
		if (accept) {
			if (cohort.capacity() != null
					&& enrolments.countByCohortIdAndStatus(cohort.id(), EnrolmentStatus.ACCEPTED) >= cohort.capacity()) {
				throw new DomainRuleException(null, "The cohort is full: its capacity is " + cohort.capacity());
			}
			enrolment.accept(managerId, note, clock.instant());
		}
		else {
			enrolment.decline(managerId, note, clock.instant());
		}
		audit.record(accept ? "APPLICATION_ACCEPTED" : "APPLICATION_DECLINED", "Application", enrolmentId,
				"status=" + before, "status=" + enrolment.status() + (note == null || note.isBlank() ? "" : "; note=" + note.strip()));
		people.find(enrolment.personId()).ifPresent(person -> mail.notify(person.email(), NotificationKind.DECISION,
				"Your application to " + cohort.programme().name(),
				"Hello " + person.name() + ",\n\nYour application to join " + cohort.name() + " of "
						+ cohort.programme().name() + " has been "
						+ (accept ? "accepted. Welcome!" : "declined.") + "\n"
						+ (enrolment.decisionNote() == null ? "" : "\nA note from the programme manager:\n" + enrolment.decisionNote() + "\n")
						+ "\nSee your applications here:\n" + baseUrl + "/my/applications\n"));
	}

	@Transactional(readOnly = true)
	List<EnrolmentView> mine(Long personId) {
		return views(enrolments.findByPersonIdOrderByAppliedAtDesc(personId));
	}

	/** The page (of {@code size}, oldest first) on which an application stands among those with the status. */
	@Transactional(readOnly = true)
	int pageOf(Long enrolmentId, EnrolmentStatus status, int size) {
		return (int) (enrolments.countBefore(enrolmentId, status) / size);
	}

	@Transactional(readOnly = true)
	Page<EnrolmentView> search(EnrolmentStatus status, Long cohortId, Pageable pageable) {
		Page<Enrolment> page = enrolments.search(status, cohortId, pageable);
		return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
	}

	private List<EnrolmentView> views(List<Enrolment> list) {
		Map<Long, Cohort> cohortsById = cohorts.findAllById(list.stream().map(Enrolment::cohortId).distinct().toList())
			.stream().collect(Collectors.toMap(Cohort::id, Function.identity()));
		Map<Long, PersonSummary> peopleById = people.findAll(list.stream().map(Enrolment::personId).distinct().toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Map<Long, OrganisationSummary> organisationsById = organisations
			.findAll(list.stream().map(Enrolment::organisationId).distinct().toList())
			.stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		return list.stream().map(e -> {
			Cohort cohort = cohortsById.get(e.cohortId());
			PersonSummary person = peopleById.get(e.personId());
			OrganisationSummary organisation = organisationsById.get(e.organisationId());
			return new EnrolmentView(e.id(), cohort.programme().id(), cohort.programme().name(), cohort.id(),
					cohort.name(), e.personId(), person == null ? "" : person.name(), person == null ? "" : person.email(),
					organisation == null ? "" : organisation.name(), e.statement(), e.status(), e.appliedAt(),
					e.decidedAt(), e.decisionNote());
		}).toList();
	}

	private Cohort loadCohort(Long cohortId) {
		return cohorts.findById(cohortId).orElseThrow(() -> new RecordNotFoundException("Cohort", cohortId));
	}
}

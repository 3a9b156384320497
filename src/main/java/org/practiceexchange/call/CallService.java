package org.practiceexchange.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls as visitors read them, and a programme manager's changes to them. */
@Service
@Transactional(readOnly = true)
class CallService {

	private final CallRepository calls;

	private final ProgrammeCatalogue programmes;

	private final Clock clock;

	private final Audit audit;

	CallService(Audit audit, CallRepository calls, ProgrammeCatalogue programmes, Clock clock) {
		this.audit = audit;
		this.calls = calls;
		this.programmes = programmes;
		this.clock = clock;
	}

	/** Open, upcoming and past calls: everything published, newest deadline first. */
	List<CallView> published() {
		return calls.findPublished().stream().map(this::view).toList();
	}

	/** A published call; drafts are not found for anyone but the manager. */
	CallView findPublished(Long id) {
		return calls.findById(id).filter(FundingCall::isPublished).map(this::view)
			.orElseThrow(() -> new RecordNotFoundException("Call", id));
	}

	CallView find(Long id) {
		return view(load(id));
	}

	List<CallView> all() {
		return calls.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
	}

	@Transactional
	CallView create(CallForm form) {
		checkProgramme(form);
		return view(calls.save(new FundingCall(form, form.parsedCriteria(), clock.instant())));
	}

	@Transactional
	CallView update(Long id, CallForm form) {
		checkProgramme(form);
		FundingCall call = load(id);
		call.change(form, form.parsedCriteria());
		return view(call);
	}

	/** The manager's guidance for reviewers, which bidders never see. */
	@Transactional
	void changeReviewerGuidance(Long id, String text) {
		FundingCall call = load(id);
		String before = call.reviewerGuidance();
		call.changeReviewerGuidance(text);
		audit.record("CALL_REVIEWER_GUIDANCE_CHANGED", "Call", id, before, call.reviewerGuidance());
	}

	@Transactional(readOnly = true)
	String reviewerGuidance(Long id) {
		return load(id).reviewerGuidance();
	}

	@Transactional
	CallView publish(Long id) {
		FundingCall call = load(id);
		CallStatus before = call.status(clock.instant());
		call.publish(clock.instant());
		audit.record("CALL_PUBLISHED", "Call", id, "status=" + before, "status=" + call.status(clock.instant()));
		return view(call);
	}

	@Transactional
	CallView reschedule(Long id, Instant opensAt, Instant closesAt) {
		FundingCall call = load(id);
		String before = schedule(call);
		call.reschedule(opensAt, closesAt);
		audit.record("CALL_RESCHEDULED", "Call", id, before, schedule(call));
		return view(call);
	}

	private String schedule(FundingCall call) {
		return "opensAt=" + call.opensAt() + "; closesAt=" + call.closesAt() + "; status=" + call.status(clock.instant());
	}

	FundingCall load(Long id) {
		return calls.findById(id).orElseThrow(() -> new RecordNotFoundException("Call", id));
	}

	private void checkProgramme(CallForm form) {
		ProgrammeSummary programme = programmes.find(form.programmeId())
			.orElseThrow(() -> new DomainRuleException("programmeId", "Choose a programme"));
		if (form.cohortId() != null && programme.cohorts().stream().noneMatch(c -> c.id().equals(form.cohortId()))) {
			throw new DomainRuleException("cohortId", "Choose a cohort of this programme");
		}
		if (form.cohortId() != null) {
			programme.cohorts().stream().filter(c -> c.id().equals(form.cohortId())).findFirst()
				.filter(this::ended)
				.ifPresent(cohort -> {
					throw new DomainRuleException("cohortId", "The cohort " + cohort.name() + " has ended: funded projects cannot start in it. Choose a current cohort");
				});
		}
	}

	/** A cohort whose end date has passed: no funded project starts in it. */
	boolean ended(CohortSummary cohort) {
		return cohort.endsOn() != null && cohort.endsOn().isBefore(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)));
	}

	/**
	 * Before funded proposals become projects: the call's cohort must not have ended, unless its
	 * programme has a current cohort they can start in instead (the project module puts them there).
	 */
	void checkCohortForFunding(FundingCall call) {
		if (call.cohortId() == null) {
			return;
		}
		programmes.findCohort(call.cohortId()).filter(this::ended).ifPresent(cohort -> {
			boolean current = programmes.find(call.programmeId()).map(ProgrammeSummary::cohorts).orElse(java.util.List.of())
				.stream().anyMatch(c -> !ended(c));
			if (!current) {
				throw new DomainRuleException(null, "The call's cohort " + cohort.name() + " has ended and its programme has no current cohort:"
						+ " add a current cohort to the programme first, so the funded projects have one to start in");
			}
		});
	}

	CallView view(FundingCall call) {
		String programmeName = Optional.ofNullable(call.programmeId()).flatMap(programmes::find)
			.map(ProgrammeSummary::name).orElse("");
		return new CallView(call.id(), call.programmeId(), programmeName, call.cohortId(), call.title(),
				call.description(), call.eligibility(), call.guidance(), call.minimumPartners(), call.capacity(),
				call.budgetPerProject(), call.scoreMax(), call.criteria(), call.opensAt(), call.closesAt(),
				call.status(clock.instant()));
	}
}

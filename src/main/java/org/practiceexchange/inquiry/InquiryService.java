package org.practiceexchange.inquiry;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryViews.Access;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.project.ProjectRole;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries as each person may see and change them. The practitioner edits their own; the
 * project's mentor and facilitator see and comment; the programme manager sees all; a provider
 * lead sees the stage of their own staff's; for anyone else an inquiry does not exist.
 */
@Service
@Transactional(readOnly = true)
class InquiryService {

	private final InquiryRepository inquiries;

	private final Projects projects;

	private final People people;

	private final Clock clock;

	private final Mail mail;

	private final String baseUrl;

	InquiryService(InquiryRepository inquiries, Projects projects, People people, Clock clock, Mail mail,
			@Value("${exchange.base-url}") String baseUrl) {
		this.inquiries = inquiries;
		this.projects = projects;
		this.people = people;
		this.clock = clock;
		this.mail = mail;
		this.baseUrl = baseUrl;
	}

	/** A member starts an inquiry in their project; others who can see the project may not. */
	@Transactional
	InquiryViews.Full start(Long projectId, SignedInPerson me, InquiryForms.Start form) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		ProjectRole role = project.roleOf(me).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		if (role != ProjectRole.MEMBER || !me.hasRole(Role.PRACTITIONER)) {
			throw new AccessDeniedException("Only the project's practitioners start inquiries in it");
		}
		if (project.status() == org.practiceexchange.project.ProjectStatus.CLOSED) {
			throw new DomainRuleException("title", "The project is closed");
		}
		Inquiry inquiry = inquiries.save(new Inquiry(projectId, me.id(), form.title(), clock.instant()));
		return full(inquiry, project, Access.OWNER);
	}

	/** Every inquiry this person may see, newest first. */
	List<InquiryViews.Line> visibleTo(SignedInPerson me) {
		return visibleTo(me, null, Pageable.unpaged()).getContent();
	}

	/**
	 * One page of the inquiries this person may see, newest first, optionally at one stage. The
	 * manager's (all of them) is paged by the database; anyone else's is small enough to page here.
	 */
	Page<InquiryViews.Line> visibleTo(SignedInPerson me, Stage stage, Pageable page) {
		if (me.hasRole(Role.PROGRAMME_MANAGER)) {
			Pageable newestFirst = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))
					: Pageable.unpaged(Sort.by(Sort.Direction.DESC, "id"));
			Page<Inquiry> found = stage == null ? inquiries.findAll(newestFirst) : inquiries.findByStage(stage, newestFirst);
			List<InquiryViews.Line> lines = lines(found.getContent(), me);
			return new PageImpl<>(lines, page, found.getTotalElements());
		}
		List<Inquiry> all = visibleInquiries(me).stream().filter(i -> stage == null || i.stage() == stage).toList();
		if (page.isUnpaged()) {
			return new PageImpl<>(lines(all, me));
		}
		int from = (int) Math.min(page.getOffset(), all.size());
		int to = Math.min(from + page.getPageSize(), all.size());
		return new PageImpl<>(lines(all.subList(from, to), me), page, all.size());
	}

	private List<Inquiry> visibleInquiries(SignedInPerson me) {
		Map<Long, Inquiry> found = new LinkedHashMap<>();
		inquiries.findByPractitionerIdOrderByIdDesc(me.id()).forEach(i -> found.put(i.id(), i));
		List<Long> supported = projects.involving(me.id()).stream().filter(p -> p.isSupporter(me.id()))
			.map(ProjectSummary::id).toList();
		if (!supported.isEmpty()) {
			inquiries.findByProjectIdInOrderByIdDesc(supported).forEach(i -> found.putIfAbsent(i.id(), i));
		}
		if (me.hasRole(Role.PROVIDER_LEAD)) {
			Map<Long, ProjectSummary> followed = projects.withMembersFrom(me.organisationIds()).stream()
				.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
			if (!followed.isEmpty()) {
				inquiries.findByProjectIdInOrderByIdDesc(followed.keySet()).stream()
					.filter(i -> followed.get(i.projectId()).isLeadFor(me, i.practitionerId()))
					.forEach(i -> found.putIfAbsent(i.id(), i));
			}
		}
		return found.values().stream().sorted(java.util.Comparator.comparing(Inquiry::id).reversed()).toList();
	}

	private List<InquiryViews.Line> lines(List<Inquiry> found, SignedInPerson me) {
		Map<Long, ProjectSummary> projectsById = projectsOf(found);
		Map<Long, String> names = names(found.stream().map(Inquiry::practitionerId).collect(Collectors.toSet()));
		return found.stream().map(i -> {
			ProjectSummary project = projectsById.get(i.projectId());
			boolean content = access(i, project, me).seesContent();
			return new InquiryViews.Line(i.id(), i.projectId(), project.title(), names.get(i.practitionerId()),
					content ? i.title() : null, i.stage(), i.withdrawn());
		}).toList();
	}

	/** The inquiry as this person may see it: in full, or its progress. */
	Object view(Long id, SignedInPerson me) {
		Inquiry inquiry = load(id);
		ProjectSummary project = projectOf(inquiry);
		Access access = access(inquiry, project, me);
		if (!access.seesContent()) {
			return new InquiryViews.Progress(inquiry.id(), project.id(), project.title(), inquiry.practitionerId(),
					names(Set.of(inquiry.practitionerId())).get(inquiry.practitionerId()), inquiry.stage(), access, inquiry.withdrawn());
		}
		return full(inquiry, project, access);
	}

	/** For pages that need the full inquiry: a provider lead is refused (they see progress only). */
	InquiryViews.Full fullView(Long id, SignedInPerson me) {
		Object view = view(id, me);
		if (view instanceof InquiryViews.Full full) {
			return full;
		}
		throw new AccessDeniedException("Provider leads see progress only");
	}

	PlanView planVersion(Long id, int number, SignedInPerson me) {
		Inquiry inquiry = load(id);
		if (!access(inquiry, projectOf(inquiry), me).seesContent()) {
			throw new AccessDeniedException("Provider leads see progress only");
		}
		return inquiry.plans().stream().filter(p -> p.number() == number).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Plan version", number)).view();
	}

	@Transactional
	MeasureView addMeasure(Long id, SignedInPerson me, InquiryForms.NewMeasure form) {
		Inquiry inquiry = own(id, me);
		Measure measure = inquiry.addMeasure(form.name(), form.unit(), form.kind(), form.scaleMin(), form.scaleMax(),
				form.baseline(), form.baselineNote(), form.betterWhen(), clock.instant());
		inquiries.flush();
		return measure.view();
	}

	@Transactional
	MeasureView recordReaudit(Long id, Long measureId, SignedInPerson me, InquiryForms.Reaudit form) {
		return own(id, me).recordReaudit(measureId, form.reaudit(), form.reauditNote()).view();
	}

	/** The practitioner corrects a measure until its re-audit value is recorded; the history keeps each changed field. */
	@Transactional
	MeasureView correctMeasure(Long id, Long measureId, SignedInPerson me, Measure.Correction correction) {
		Inquiry inquiry = own(id, me);
		inquiry.correctMeasure(measureId, correction, me.id(), clock.instant());
		inquiries.flush();
		return inquiry.measure(measureId).view();
	}

	/**
	 * Through the API one request may correct a measure and record its re-audit value (in that order);
	 * a request with neither is refused.
	 */
	@Transactional
	MeasureView updateMeasure(Long id, Long measureId, SignedInPerson me, InquiryForms.MeasureUpdate form) {
		Inquiry inquiry = own(id, me);
		Measure.Correction correction = form.correction();
		if (correction.empty() && form.reaudit() == null) {
			throw new DomainRuleException("reaudit", "Send the re-audit value, or the parts of the measure to correct");
		}
		if (!correction.empty()) {
			inquiry.correctMeasure(measureId, correction, me.id(), clock.instant());
		}
		if (form.reaudit() != null) {
			inquiry.recordReaudit(measureId, form.reaudit(), form.reauditNote());
		}
		inquiries.flush();
		return inquiry.measure(measureId).view();
	}

	@Transactional
	void removeMeasure(Long id, Long measureId, SignedInPerson me) {
		own(id, me).removeMeasure(measureId, me.id(), clock.instant());
		inquiries.flush();
	}

	@Transactional
	InquiryViews.Full withdraw(Long id, SignedInPerson me, InquiryForms.Withdrawal form) {
		Inquiry inquiry = own(id, me);
		inquiry.withdraw(form == null ? null : form.reason(), clock.instant());
		inquiries.flush();
		return full(inquiry, projectOf(inquiry), Access.OWNER);
	}

	MeasureView measure(Long id, Long measureId, SignedInPerson me) {
		return own(id, me).measure(measureId).view();
	}

	@Transactional
	InquiryViews.Full advance(Long id, SignedInPerson me) {
		Inquiry inquiry = own(id, me);
		Stage reached = inquiry.advance();
		ProjectSummary project = projectOf(inquiry);
		if (reached == Stage.REAUDIT || reached == Stage.EVALUATE) {
			String stage = reached == Stage.REAUDIT ? "the re-audit" : "the evaluation";
			tellMentor(inquiry, project, me, NotificationKind.INQUIRY_STAGE,
					"Inquiry at " + stage + ": " + inquiry.title(),
					me.name() + " has moved the inquiry \"" + inquiry.title() + "\" (" + project.title() + ") on to " + stage + ".");
		}
		return full(inquiry, project, Access.OWNER);
	}

	@Transactional
	PlanView revisePlan(Long id, SignedInPerson me, InquiryForms.Plan form) {
		Inquiry inquiry = own(id, me);
		List<InquiryForms.Action> rows = form.actions().stream().filter(row -> row != null && !row.blank()).toList();
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).complete()) {
				throw new DomainRuleException("actions", "Action " + (i + 1) + " needs what, who, by when and a success criterion");
			}
		}
		PlanVersion version = inquiry.revisePlan(rows.stream()
			.map(row -> new PlanVersion.Action(row.what(), row.who(), row.dueOn(), row.successCriterion()))
			.toList(), clock.instant());
		inquiries.flush();
		ProjectSummary project = projectOf(inquiry);
		boolean revised = version.number() > 1;
		tellMentor(inquiry, project, me, NotificationKind.PLAN_REVISED,
				(revised ? "Action plan revised: " : "Action plan written: ") + inquiry.title(),
				me.name() + (revised ? " has revised the action plan of \"" : " has written the action plan of \"") + inquiry.title()
						+ "\" (" + project.title() + "); this is version " + version.number() + ".");
		return version.view();
	}

	/** The project's mentor or facilitator comments; the practitioner may reply. */
	@Transactional
	void comment(Long id, SignedInPerson me, InquiryForms.Comment form) {
		Inquiry inquiry = load(id);
		Access access = access(inquiry, projectOf(inquiry), me);
		if (access != Access.SUPPORTER && access != Access.OWNER) {
			throw new AccessDeniedException("The mentor, facilitator and practitioner comment on an inquiry");
		}
		inquiry.comment(me.id(), form.body(), clock.instant());
		if (access == Access.SUPPORTER) {
			people.find(inquiry.practitionerId()).ifPresent(practitioner -> mail.notify(practitioner.email(),
					NotificationKind.MENTOR_COMMENT, "Comment on your inquiry: " + inquiry.title(),
					"Dear " + practitioner.name() + ",\n\n" + me.name() + " has commented on your inquiry \"" + inquiry.title()
							+ "\":\n\n" + form.body().strip() + "\n\nRead it and reply: " + link(inquiry) + "\n"));
		}
	}

	/** Tells the project's research mentor (its facilitator when it has none) about a step in the inquiry. */
	private void tellMentor(Inquiry inquiry, ProjectSummary project, SignedInPerson me, NotificationKind kind, String subject,
			String what) {
		Long mentorId = project.mentorId() != null ? project.mentorId() : project.facilitatorId();
		if (mentorId == null || mentorId.equals(me.id())) {
			return;
		}
		people.find(mentorId).ifPresent(mentor -> mail.notify(mentor.email(), kind, subject,
				"Dear " + mentor.name() + ",\n\n" + what + "\n\nSee the inquiry: " + link(inquiry) + "\n"));
	}

	private String link(Inquiry inquiry) {
		return baseUrl + "/inquiries/" + inquiry.id();
	}

	@Transactional
	void log(Long id, SignedInPerson me, InquiryForms.LogEntry form) {
		own(id, me).logIntervention(form.entryOn(), form.done(), form.observed(), clock.instant());
	}

	@Transactional
	void evaluate(Long id, SignedInPerson me, InquiryForms.Evaluation form) {
		own(id, me).evaluate(form.whatChanged(), form.contentLessons(), form.processLessons(), form.implications());
	}

	List<InquiryViews.Line> inProject(ProjectSummary project, SignedInPerson me, ProjectRole role) {
		Map<Long, String> names = names(project.members().stream().map(ProjectSummary.Member::personId).collect(Collectors.toSet()));
		return inquiries.findByProjectIdOrderByIdAsc(project.id()).stream()
			.filter(i -> canSee(i, project, me))
			.map(i -> new InquiryViews.Line(i.id(), project.id(), project.title(), names.get(i.practitionerId()),
					access(i, project, me).seesContent() ? i.title() : null, i.stage(), i.withdrawn()))
			.toList();
	}

	Access access(Inquiry inquiry, ProjectSummary project, SignedInPerson me) {
		if (me.id().equals(inquiry.practitionerId())) {
			return Access.OWNER;
		}
		if (me.hasRole(Role.PROGRAMME_MANAGER)) {
			return Access.MANAGER;
		}
		if (project.isSupporter(me.id())) {
			return Access.SUPPORTER;
		}
		if (project.isLeadFor(me, inquiry.practitionerId())) {
			return Access.PROGRESS;
		}
		throw new RecordNotFoundException("Inquiry", inquiry.id());
	}

	private boolean canSee(Inquiry inquiry, ProjectSummary project, SignedInPerson me) {
		try {
			access(inquiry, project, me);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	/** The practitioner's own inquiry; others who may see it are refused, others again find nothing. */
	private Inquiry own(Long id, SignedInPerson me) {
		Inquiry inquiry = load(id);
		if (access(inquiry, projectOf(inquiry), me) != Access.OWNER) {
			throw new AccessDeniedException("Only the practitioner changes their inquiry");
		}
		return inquiry;
	}

	private Inquiry load(Long id) {
		return inquiries.findById(id).orElseThrow(() -> new RecordNotFoundException("Inquiry", id));
	}

	private ProjectSummary projectOf(Inquiry inquiry) {
		return projects.find(inquiry.projectId()).orElseThrow();
	}

	private Map<Long, ProjectSummary> projectsOf(Collection<Inquiry> list) {
		Map<Long, ProjectSummary> found = new LinkedHashMap<>();
		list.stream().map(Inquiry::projectId).distinct()
			.forEach(projectId -> projects.find(projectId).ifPresent(project -> found.put(projectId, project)));
		return found;
	}

	private Map<Long, String> names(Set<Long> ids) {
		return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}

	private InquiryViews.Full full(Inquiry inquiry, ProjectSummary project, Access access) {
		Set<Long> ids = new HashSet<>();
		ids.add(inquiry.practitionerId());
		inquiry.comments().forEach(c -> ids.add(c.authorId()));
		inquiry.measureChanges().forEach(c -> ids.add(c.personId()));
		Map<Long, String> names = names(ids);
		PlanVersion plan = inquiry.currentPlan();
		InquiryViews.EvaluationView evaluation = inquiry.hasEvaluation() ? new InquiryViews.EvaluationView(
				inquiry.whatChanged(), inquiry.contentLessons(), inquiry.processLessons(), inquiry.implications()) : null;
		return new InquiryViews.Full(inquiry.id(), project.id(), project.title(), inquiry.practitionerId(),
				names.get(inquiry.practitionerId()), inquiry.title(), inquiry.stage(),
				inquiry.measures().stream().map(Measure::view).toList(), plan == null ? null : plan.view(),
				inquiry.plans().size(),
				inquiry.comments().stream().map(c -> new InquiryViews.CommentView(c.authorId(), names.get(c.authorId()),
						c.planVersion(), c.body(), c.createdAt())).toList(),
				inquiry.log().stream().map(e -> new InquiryViews.LogView(e.entryOn(), e.done(), e.observed())).toList(),
				evaluation, access, inquiry.withdrawn() ? null : inquiry.whatTheNextStageNeeds(), inquiry.withdrawn(),
				inquiry.withdrawnAt(), inquiry.withdrawalReason(),
				inquiry.measureChanges().stream().map(c -> new InquiryViews.MeasureChangeView(c.measureId(), c.measureName(),
						c.personId(), names.get(c.personId()), c.changedAt(), c.field(), c.beforeValue(), c.afterValue())).toList());
	}
}

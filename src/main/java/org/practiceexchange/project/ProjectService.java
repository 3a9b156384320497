package org.practiceexchange.project;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceexchange.account.MembershipProvider;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects as their people read them, and the programme manager's changes to them. */
@Service
@Transactional(readOnly = true)
class ProjectService implements Projects, MembershipProvider {

	/** A project as one person may see it. */
	record Visible(ProjectSummary project, ProjectRole role) {
	}

	private final ProjectRepository projects;

	private final ProgrammeCatalogue catalogue;

	private final People people;

	private final Clock clock;

	ProjectService(ProjectRepository projects, ProgrammeCatalogue catalogue, People people, Clock clock) {
		this.projects = projects;
		this.catalogue = catalogue;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public Optional<ProjectSummary> find(Long id) {
		return projects.findById(id).map(Project::summary);
	}

	@Override
	public List<ProjectSummary> involving(Long personId) {
		return projects.involving(personId).stream().map(Project::summary).toList();
	}

	@Override
	public List<ProjectSummary> withMembersFrom(java.util.Collection<Long> organisationIds) {
		return organisationIds.isEmpty() ? List.of()
				: projects.withMembersFrom(organisationIds).stream().map(Project::summary).toList();
	}

	@Override
	public List<ProjectSummary> inCohorts(java.util.Collection<Long> cohortIds) {
		return cohortIds.isEmpty() ? List.of()
				: projects.findByCohortIdInOrderByTitleAsc(cohortIds).stream().map(Project::summary).toList();
	}

	@Override
	public List<ProjectSummary> communityCandidates(java.util.Collection<ProjectStatus> statuses,
			java.util.Collection<Long> cohortIds) {
		return (cohortIds.isEmpty() ? projects.communityCandidates(statuses)
				: projects.communityCandidates(statuses, cohortIds)).stream().map(Project::summary).toList();
	}

	@Override
	public List<ProjectSummary> withTheme(Long themeId) {
		return projects.findByThemeIdOrderByTitleAsc(themeId).stream().map(Project::summary).toList();
	}

	@Override
	public List<ProjectSummary> validatedBy(Long personId) {
		return projects.findByValidatorIdOrderByTitleAsc(personId).stream().map(Project::summary).toList();
	}

	@Override
	public ReleaseDays releaseDays(java.util.Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return new ReleaseDays(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO);
		}
		return new ReleaseDays(projects.releaseDaysCommitted(projectIds), projects.releaseDaysUsed(projectIds));
	}

	@Override
	public List<Membership> membershipsOf(Long personId) {
		return involving(personId).stream().map(project -> new Membership(project.id(), project.title())).toList();
	}

	/** The project if this person may see it at all; otherwise it is not found, for them. */
	Visible visible(Long id, SignedInPerson me) {
		ProjectSummary project = find(id).orElseThrow(() -> new RecordNotFoundException("Project", id));
		ProjectRole role = project.roleOf(me).orElseThrow(() -> new RecordNotFoundException("Project", id));
		return new Visible(project, role);
	}

	/** Projects on the person's own list: where they take part, or, for a provider lead, their staff do. */
	List<Visible> listFor(SignedInPerson me) {
		Map<Long, ProjectSummary> found = new LinkedHashMap<>();
		involving(me.id()).forEach(project -> found.put(project.id(), project));
		if (me.hasRole(Role.PROVIDER_LEAD) && !me.organisationIds().isEmpty()) {
			projects.withMembersFrom(me.organisationIds()).forEach(project -> found.putIfAbsent(project.id(), project.summary()));
		}
		return found.values().stream().map(project -> new Visible(project, project.roleOf(me).orElseThrow())).toList();
	}

	/** Why and when a project closed because its funded proposal withdrew. */
	record Closure(java.time.Instant closedAt, String reason, Long proposalId) {
	}

	Optional<Closure> closure(Long id) {
		return projects.findById(id).filter(project -> project.closedAt() != null)
			.map(project -> new Closure(project.closedAt(), project.closedReason(), project.proposalId()));
	}

	/** The funded proposal a project came from, if it came from one. */
	Optional<Long> proposalOf(Long id) {
		return projects.findById(id).map(Project::proposalId);
	}

	List<ProjectSummary> all() {
		return projects.findAllByOrderByTitleAsc().stream().map(Project::summary).toList();
	}

	@Transactional
	ProjectSummary create(ProjectForm form) {
		check(form);
		return projects.save(new Project(form.cohortId(), form, clock.instant())).summary();
	}

	@Transactional
	ProjectSummary update(Long id, ProjectForm form) {
		check(form);
		Project project = load(id);
		project.change(form);
		return project.summary();
	}

	@Transactional
	ProjectSummary addMember(Long id, MemberForm form) {
		PersonSummary person = people.find(form.personId())
			.orElseThrow(() -> new DomainRuleException("personId", "Choose a person from the list"));
		if (!person.hasRole(Role.PRACTITIONER)) {
			throw new DomainRuleException("personId", "Only practitioners can be members; facilitators and mentors support the project");
		}
		if (!person.organisationIds().contains(form.organisationId())) {
			throw new DomainRuleException("organisationId", "This person does not belong to that organisation");
		}
		Project project = load(id);
		project.addMember(person.id(), form.organisationId(), form.focus());
		return project.summary();
	}

	@Transactional
	ProjectSummary removeMember(Long id, Long personId) {
		Project project = load(id);
		project.removeMember(personId);
		return project.summary();
	}

	/** A member chooses the focus of the work in their own setting. */
	@Transactional
	void changeFocus(Long id, SignedInPerson me, String focus) {
		Visible visible = visible(id, me);
		if (visible.role() != ProjectRole.MEMBER) {
			throw new org.springframework.security.access.AccessDeniedException("Only members choose their own focus");
		}
		load(id).changeFocus(me.id(), focus);
	}

	private void check(ProjectForm form) {
		if (catalogue.findCohort(form.cohortId()).isEmpty()) {
			throw new DomainRuleException("cohortId", "Choose a cohort from the list");
		}
		for (Long supporter : java.util.Arrays.asList(form.facilitatorId(), form.mentorId())) {
			if (supporter != null && people.find(supporter).filter(p -> p.hasRole(Role.MENTOR)).isEmpty()) {
				throw new DomainRuleException(supporter.equals(form.facilitatorId()) ? "facilitatorId" : "mentorId",
						"Choose someone with the mentor or facilitator role");
			}
		}
		if (form.validatorId() != null && people.find(form.validatorId()).filter(p -> p.hasRole(Role.VALIDATOR)).isEmpty()) {
			throw new DomainRuleException("validatorId", "Choose someone with the validator role");
		}
	}

	Project load(Long id) {
		return projects.findById(id).orElseThrow(() -> new RecordNotFoundException("Project", id));
	}
}

package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.stereotype.Component;

/**
 * A running group with everyone who might look at it: {@code fixtures.aGroup()} gives the project
 * with a member and a second member from a partner, its facilitator and mentor, the member's
 * provider lead, a lead elsewhere, a programme manager, a reviewer, a validator and a
 * practitioner of another group.
 */
@Component
public class ProjectFixtures {

	/** Everyone in (and around) one project. */
	public record Group(ProjectSummary project, CohortSummary cohort, SignedInPerson member, SignedInPerson otherMember,
			SignedInPerson facilitator, SignedInPerson mentor, SignedInPerson lead, SignedInPerson otherLead,
			SignedInPerson manager, SignedInPerson reviewer, SignedInPerson validator, SignedInPerson outsider,
			OrganisationSummary memberOrganisation, OrganisationSummary partnerOrganisation) {

		public List<SignedInPerson> cannotSee() {
			return List.of(reviewer, validator, outsider, otherLead);
		}
	}

	private final AccountFixtures accounts;

	private final ProgrammeFixtures programmes;

	private final ProjectService projects;

	private final SessionService sessions;

	private final CalendarFeeds feeds;

	ProjectFixtures(AccountFixtures accounts, ProgrammeFixtures programmes, ProjectService projects, SessionService sessions,
			CalendarFeeds feeds) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.programmes = programmes;
		this.projects = projects;
		this.sessions = sessions;
	}

	public Group aGroup() {
		return aGroup(ProjectKind.RESEARCH_PROJECT);
	}

	public Group aGroup(ProjectKind kind) {
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.aCohort(programme.id(), 20);
		OrganisationSummary college = accounts.anOrganisation();
		OrganisationSummary partner = accounts.anOrganisation();
		OrganisationSummary elsewhere = accounts.anOrganisation();
		SignedInPerson facilitator = accounts.aPerson(Role.MENTOR, elsewhere);
		SignedInPerson mentor = accounts.aPerson(Role.MENTOR, elsewhere);
		SignedInPerson member = accounts.aPerson(Role.PRACTITIONER, college);
		SignedInPerson otherMember = accounts.aPerson(Role.PRACTITIONER, partner);
		ProjectSummary project = projects.create(new ProjectForm(cohort.id(), kind,
				AccountFixtures.unique("Group"), "A group for tests", null, facilitator.id(), mentor.id(), college.id(),
				List.of(partner.id()), ProjectStatus.RUNNING, false));
		projects.addMember(project.id(), new MemberForm(member.id(), college.id(), "Fractions in level 1 maths"));
		project = projects.addMember(project.id(), new MemberForm(otherMember.id(), partner.id(), null));
		SignedInPerson outsider = accounts.aPerson(Role.PRACTITIONER, elsewhere);
		return new Group(project, cohort, member, otherMember, facilitator, mentor,
				accounts.aPerson(Role.PROVIDER_LEAD, college), accounts.aPerson(Role.PROVIDER_LEAD, elsewhere),
				accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER)), accounts.aPerson(Role.REVIEWER, college),
				accounts.aPerson(Role.VALIDATOR, college), outsider, college, partner);
	}

	public SessionService.SessionView aSession(Long projectId, LocalDate date, LocalTime start, LocalTime end) {
		return sessions.addSession(projectId, new SessionForm(SessionKind.METHODOLOGY, AccountFixtures.unique("Session"),
				date, start, end, "Room 4", null));
	}

	/** A session's id, for tests outside this package that only need to address it. */
	public Long aSessionId(Long projectId) {
		return aSession(projectId, LocalDate.of(2027, 2, 3), LocalTime.of(10, 0), LocalTime.of(12, 0)).id();
	}

	public Long aSessionId(Long projectId, LocalDate date, LocalTime start) {
		return aSession(projectId, date, start, start.plusHours(2)).id();
	}

	/** A milestone's id on the project's board. */
	public Long aMilestoneId(ProjectSummary project) {
		return aMilestoneId(project, LocalDate.of(2027, 3, 1));
	}

	public Long aMilestoneId(ProjectSummary project, LocalDate dueOn) {
		String title = AccountFixtures.unique("Milestone");
		sessions.addMilestone(project.id(), title, dueOn);
		return sessions.board(projects.find(project.id()).orElseThrow()).milestones().stream()
			.filter(milestone -> milestone.title().equals(title)).findFirst().orElseThrow().id();
	}

	/** The facilitator marks the milestone done for one member. */
	public void markDone(Group group, Long milestoneId, SignedInPerson member) {
		sessions.markMilestone(group.project().id(), milestoneId, member.id(), true, group.facilitator());
	}

	/** The programme manager names the project's external validator (someone with the validator role). */
	public ProjectSummary nameValidator(ProjectSummary project, SignedInPerson validator) {
		ProjectSummary current = projects.find(project.id()).orElseThrow();
		return projects.update(project.id(), ProjectForm.of(current).withValidator(validator.id()));
	}

	/** A project of its own (a running research project at a new organisation) with its validator named. */
	public ProjectSummary aProjectValidatedBy(SignedInPerson validator) {
		return nameValidator(aGroup().project(), validator);
	}

	/** The project closes (and stays as it was otherwise). */
	public ProjectSummary close(ProjectSummary project) {
		return projects.update(project.id(), ProjectForm.of(project).withStatus(ProjectStatus.CLOSED));
	}

	/** The programme manager sets the project up to continue as a community of practice (and it stays as it was otherwise). */
	public ProjectSummary setUpToContinue(ProjectSummary project) {
		ProjectForm form = ProjectForm.of(project);
		return projects.update(project.id(), new ProjectForm(form.cohortId(), form.kind(), form.title(), form.summary(),
				form.themeId(), form.facilitatorId(), form.mentorId(), form.leadOrganisationId(),
				form.partnerOrganisationIds(), form.status(), true, form.validatorId()));
	}

	/** The private calendar feed token of a person. */
	public String calendarTokenOf(Long personId) {
		return feeds.tokenOf(personId);
	}
}

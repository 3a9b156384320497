package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * Projects put together piece by piece for tests that count across them (the synthesis): a project
 * in a cohort on a theme, members from chosen organisations, release days committed and used.
 */
@Component
public class ProjectRecordFixtures {

	private final ProjectService projects;

	private final ReleaseSupport release;

	private final AccountFixtures accounts;

	ProjectRecordFixtures(ProjectService projects, ReleaseSupport release, AccountFixtures accounts) {
		this.projects = projects;
		this.release = release;
		this.accounts = accounts;
	}

	public ProjectSummary aProject(Long cohortId, Long themeId, OrganisationSummary lead, List<OrganisationSummary> partners) {
		SignedInPerson facilitator = accounts.aPerson(Role.MENTOR, lead);
		SignedInPerson mentor = accounts.aPerson(Role.MENTOR, lead);
		return projects.create(new ProjectForm(cohortId, ProjectKind.RESEARCH_PROJECT, AccountFixtures.unique("Project"),
				"A project for tests", themeId, facilitator.id(), mentor.id(), lead.id(),
				partners.stream().map(OrganisationSummary::id).toList(), ProjectStatus.RUNNING, false));
	}

	public ProjectSummary addMember(Long projectId, SignedInPerson practitioner, OrganisationSummary organisation) {
		return projects.addMember(projectId, new MemberForm(practitioner.id(), organisation.id(), null));
	}

	/** A programme manager commits the days (any number, with a reason when under five). */
	public void commit(Long projectId, Long personId, String days) {
		SignedInPerson manager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		release.commit(projectId, manager, new ReleaseForms.Commit(personId, days, "Agreed for a test"));
	}

	public void use(Long projectId, SignedInPerson practitioner, String days) {
		release.logUse(projectId, practitioner, new ReleaseForms.Use(LocalDate.of(2026, 1, 15), days, null));
	}
}

package org.practiceexchange.project;

import java.util.List;
import java.util.Optional;

/** The project module's public API. */
public interface Projects {

	Optional<ProjectSummary> find(Long id);

	/** Projects the person is a member, facilitator or mentor of. */
	List<ProjectSummary> involving(Long personId);

	/** Projects with members from any of these organisations: what a provider lead follows. */
	List<ProjectSummary> withMembersFrom(java.util.Collection<Long> organisationIds);

	/** Projects in any of these cohorts, by title: what a synthesis of a programme or cohort reads. */
	List<ProjectSummary> inCohorts(java.util.Collection<Long> cohortIds);

	/**
	 * Projects that may carry on as a community of practice, by title, read without the rest: those
	 * set up to continue as one (the community flag), those in any of these statuses (their own work
	 * is over) and those in any of these cohorts (ones that have ended). {@code statuses} names at
	 * least one status.
	 */
	List<ProjectSummary> communityCandidates(java.util.Collection<ProjectStatus> statuses,
			java.util.Collection<Long> cohortIds);

	/** Projects on this theme, by title. */
	List<ProjectSummary> withTheme(Long themeId);

	/** Projects naming this person as their external validator, by title. */
	List<ProjectSummary> validatedBy(Long personId);

	/** Release days committed for, and used by, the members of these projects, in total. */
	ReleaseDays releaseDays(java.util.Collection<Long> projectIds);
}

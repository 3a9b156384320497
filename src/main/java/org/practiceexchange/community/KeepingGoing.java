package org.practiceexchange.community;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.CohortStatus;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeStatus;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectStatus;
import org.practiceexchange.project.ProjectSummary;

/**
 * When a group may carry on as a community of practice, and who may start it. A group may once its
 * own work is over (reporting or closed), once its cohort or programme has closed, or at any time
 * when it was set up to continue as a community (the project's community flag). Its facilitator or
 * mentor, any of its members, or a programme manager may start it; the founding members are the
 * project's members with its facilitator and mentor.
 */
record KeepingGoing(ProjectSummary project, Optional<CohortSummary> cohort, Optional<ProgrammeSummary> programme) {

	/** The statuses of a group whose own work is over. */
	static final Set<ProjectStatus> WORK_OVER = Collections.unmodifiableSet(EnumSet.of(ProjectStatus.REPORTING,
			ProjectStatus.CLOSED));

	/** Why the group may continue, or empty when it may not (yet). */
	Optional<Reason> reason() {
		if (project.community()) {
			return Optional.of(Reason.SET_UP_TO_CONTINUE);
		}
		if (WORK_OVER.contains(project.status())) {
			return Optional.of(Reason.PROJECT_ENDED);
		}
		if (ended(cohort, programme)) {
			return Optional.of(Reason.PROGRAMME_ENDED);
		}
		return Optional.empty();
	}

	/** Whether a cohort has ended: it has closed, or the programme it belongs to has. */
	static boolean ended(Optional<CohortSummary> cohort, Optional<ProgrammeSummary> programme) {
		return programme.map(p -> p.status() == ProgrammeStatus.CLOSED).orElse(false)
				|| cohort.map(c -> c.status() == CohortStatus.CLOSED).orElse(false);
	}

	boolean mayContinue() {
		return reason().isPresent();
	}

	/** The project's people and programme managers start it; nobody else. */
	boolean mayBeStartedBy(SignedInPerson person) {
		return person.hasRole(Role.PROGRAMME_MANAGER) || project.isSupporter(person.id()) || project.isMember(person.id());
	}

	/** Who moderates it: the facilitator, or the research mentor when the group had no facilitator. */
	Long facilitatorId() {
		return project.facilitatorId() != null ? project.facilitatorId() : project.mentorId();
	}

	/** The members it starts with: the project's members, its facilitator and its mentor. */
	Set<Long> founders() {
		Set<Long> founders = new LinkedHashSet<>();
		if (project.facilitatorId() != null) {
			founders.add(project.facilitatorId());
		}
		if (project.mentorId() != null) {
			founders.add(project.mentorId());
		}
		project.members().forEach(member -> founders.add(member.personId()));
		return founders;
	}

	enum Reason {
		SET_UP_TO_CONTINUE, PROJECT_ENDED, PROGRAMME_ENDED
	}
}

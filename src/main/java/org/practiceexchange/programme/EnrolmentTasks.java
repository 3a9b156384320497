package org.practiceexchange.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme manager's applications to decide, one task per cohort (due when the cohort starts),
 * and the places a practitioner was accepted for.
 */
@Component
@Transactional(readOnly = true)
class EnrolmentTasks implements TaskSource, AcceptedPlaces {

	private final EnrolmentRepository enrolments;

	private final CohortRepository cohorts;

	EnrolmentTasks(EnrolmentRepository enrolments, CohortRepository cohorts) {
		this.enrolments = enrolments;
		this.cohorts = cohorts;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		if (!roles.contains(Role.PROGRAMME_MANAGER.name())) {
			return List.of();
		}
		List<Task> tasks = new ArrayList<>();
		for (Object[] row : enrolments.countByCohortWithStatus(EnrolmentStatus.PENDING)) {
			Long cohortId = (Long) row[0];
			long count = ((Number) row[1]).longValue();
			cohorts.findById(cohortId).ifPresent(cohort -> tasks.add(Task.of(Role.PROGRAMME_MANAGER.name(),
					"applications", "/manage/applications", cohort.startsOn(),
					"task.applications", count, cohort.programme().name(), cohort.name())));
		}
		return tasks;
	}

	@Override
	public List<AcceptedPlace> acceptedPlacesOf(Long personId) {
		return enrolments.findByPersonIdAndStatusOrderByAppliedAtAsc(personId, EnrolmentStatus.ACCEPTED).stream()
			.flatMap(enrolment -> cohorts.findById(enrolment.cohortId()).stream())
			.map(cohort -> new AcceptedPlace(cohort.programme().id(), cohort.programme().name(), cohort.id(), cohort.name(),
					cohort.startsOn()))
			.sorted(Comparator.comparing(AcceptedPlace::startsOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}
}

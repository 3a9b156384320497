package org.practiceexchange.shared.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Implemented by each module that has something for people to do (a stage gate to pass, a plan to
 * comment on, a proposal to score…), so a person's home page and {@code GET /api/me/tasks} list it
 * without depending on every module. Sources answer only for the roles they serve, and only about
 * records the person may reach.
 */
public interface TaskSource {

	/**
	 * The person's tasks today. {@code roles} are the person's role names ({@code account.Role}
	 * names), given so a source can skip the query when the person holds none of its roles.
	 */
	List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today);
}

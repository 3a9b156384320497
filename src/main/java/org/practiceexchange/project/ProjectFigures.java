package org.practiceexchange.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by modules whose work happens inside projects (inquiries), so the programme manager's
 * dashboard can count it per project without this module depending on them. Figures are read for
 * many projects at once, with grouped queries: never one query per project.
 */
public interface ProjectFigures {

	/** Message keys naming the figures, in the order the dashboard shows them. */
	List<String> figureKeys();

	/**
	 * For each of these projects that has any, its figures by key; a project or key missing counts
	 * as nought.
	 */
	Map<Long, Map<String, Long>> figures(Collection<Long> projectIds);
}

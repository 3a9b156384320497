package org.practiceexchange.programme;

import java.util.List;
import java.util.Optional;

/** The programme module's public API. */
public interface ProgrammeCatalogue {

	Optional<ProgrammeSummary> find(Long id);

	Optional<CohortSummary> findCohort(Long cohortId);


	/** Themes that can be chosen for new work (retired ones are left out). */
	List<ThemeSummary> activeThemes();

	List<ThemeSummary> allThemes();

	/** Every programme, by name: for choosing one in a form. */
	List<ProgrammeSummary> all();
}

package org.practiceexchange.programme;

import java.time.LocalDate;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.springframework.stereotype.Component;

/** Programmes and cohorts for tests, created through the module's own service. */
@Component
public class ProgrammeFixtures {

	private final ProgrammeService programmes;

	private final EnrolmentService enrolments;

	private final ThemeService themes;

	ProgrammeFixtures(ProgrammeService programmes, EnrolmentService enrolments, ThemeService themes) {
		this.programmes = programmes;
		this.enrolments = enrolments;
		this.themes = themes;
	}

	/** A practitioner's application to the cohort, from their first organisation. */
	public Long anApplication(org.practiceexchange.account.SignedInPerson practitioner, CohortSummary cohort) {
		return enrolments.apply(practitioner.id(), cohort.id(),
				new EnrolmentForms.Application(practitioner.organisationIds().get(0), "Improving feedback"));
	}

	public Long aTheme() {
		return themes.add(AccountFixtures.unique("Theme")).id();
	}

	public ProgrammeSummary aProgramme(ProgrammeModel model, List<Long> themeIds) {
		return programmes.create(new ProgrammeForm(AccountFixtures.unique("Programme"), "A programme for tests", null,
				model, 2026, 2027, null, themeIds));
	}

	public CohortSummary anOpenCohort(Long programmeId, Integer capacity) {
		CohortSummary cohort = aCohort(programmeId, capacity);
		return programmes.actOnCohort(cohort.id(), ProgrammeService.CohortAction.OPEN);
	}

	public CohortSummary aCohort(Long programmeId, Integer capacity) {
		return programmes.addCohort(programmeId,
				new CohortForm(AccountFixtures.unique("Cohort"), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 16), null, capacity));
	}

	/** An open cohort running between the given dates. */
	public CohortSummary anOpenCohort(Long programmeId, LocalDate startsOn, LocalDate endsOn) {
		CohortSummary cohort = programmes.addCohort(programmeId,
				new CohortForm(AccountFixtures.unique("Cohort"), startsOn, endsOn, null, (Integer) null));
		return programmes.actOnCohort(cohort.id(), ProgrammeService.CohortAction.OPEN);
	}

	/** The programme manager closes the cohort (its programme stays as it was). */
	public CohortSummary close(CohortSummary cohort) {
		return programmes.actOnCohort(cohort.id(), ProgrammeService.CohortAction.CLOSE);
	}

	public Long themeId(String name) {
		return programmes.allThemes().stream().filter(theme -> theme.name().equals(name)).findFirst().orElseThrow().id();
	}
}

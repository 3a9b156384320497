package org.practiceexchange.programme;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as everyone reads it, and the programme manager's changes to it. */
@Service
@Transactional(readOnly = true)
class ProgrammeService implements ProgrammeCatalogue {

	enum Action {
		OPEN, RUN, CLOSE, RELAUNCH
	}

	enum CohortAction {
		OPEN, START, CLOSE
	}

	private final ProgrammeRepository programmes;

	private final CohortRepository cohorts;

	private final ThemeRepository themes;

	private final Clock clock;

	ProgrammeService(ProgrammeRepository programmes, CohortRepository cohorts, ThemeRepository themes, Clock clock) {
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.themes = themes;
		this.clock = clock;
	}

	@Override
	public Optional<ProgrammeSummary> find(Long id) {
		return programmes.findById(id).map(Programme::summary);
	}

	@Override
	public Optional<CohortSummary> findCohort(Long cohortId) {
		return cohorts.findById(cohortId).map(Cohort::summary);
	}

	@Override
	public List<ThemeSummary> activeThemes() {
		return themes.findByRetiredFalseOrderByNameAsc().stream().map(Theme::summary).toList();
	}

	@Override
	public List<ThemeSummary> allThemes() {
		return themes.findAllByOrderByNameAsc().stream().map(Theme::summary).toList();
	}

	@Override
	public List<ProgrammeSummary> all() {
		return programmes.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(Programme::summary).toList();
	}

	Page<ProgrammeSummary> search(String query, ProgrammeModel model, ProgrammeStatus status, Long themeId,
			Pageable pageable) {
		String text = query == null || query.isBlank() ? null : query.strip();
		return programmes.search(text, model, status, themeId, pageable).map(Programme::summary);
	}

	@Transactional
	ProgrammeSummary create(ProgrammeForm form) {
		return programmes.save(new Programme(form, themesFor(form), ProgrammeStatus.OPEN, clock.instant())).summary();
	}

	@Transactional
	ProgrammeSummary update(Long id, ProgrammeForm form) {
		Programme programme = load(id);
		programme.change(form, themesFor(form));
		return programme.summary();
	}

	@Transactional
	ProgrammeSummary act(Long id, Action action) {
		Programme programme = load(id);
		switch (action) {
			case OPEN -> programme.open();
			case RUN -> programme.run();
			case CLOSE -> programme.close();
			case RELAUNCH -> programme.relaunch();
		}
		return programme.summary();
	}

	@Transactional
	CohortSummary addCohort(Long programmeId, CohortForm form) {
		Cohort cohort = load(programmeId).addCohort(form);
		return cohorts.save(cohort).summary();
	}

	@Transactional
	CohortSummary updateCohort(Long cohortId, CohortForm form) {
		Cohort cohort = loadCohort(cohortId);
		cohort.change(form);
		return cohort.summary();
	}

	@Transactional
	CohortSummary actOnCohort(Long cohortId, CohortAction action) {
		Cohort cohort = loadCohort(cohortId);
		switch (action) {
			case OPEN -> cohort.open();
			case START -> cohort.start();
			case CLOSE -> cohort.close();
		}
		return cohort.summary();
	}

	private Set<Theme> themesFor(ProgrammeForm form) {
		List<Theme> found = themes.findAllById(form.themes());
		if (found.size() != form.themes().stream().distinct().count()) {
			throw new DomainRuleException("themeIds", "Choose themes from the list");
		}
		return new LinkedHashSet<>(found);
	}

	private Programme load(Long id) {
		return programmes.findById(id).orElseThrow(() -> new RecordNotFoundException("Programme", id));
	}

	private Cohort loadCohort(Long id) {
		return cohorts.findById(id).orElseThrow(() -> new RecordNotFoundException("Cohort", id));
	}
}

package org.practiceexchange.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

@Entity
@Table(name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String summary;

	private String description;

	@Enumerated(EnumType.STRING)
	private ProgrammeModel model;

	@Enumerated(EnumType.STRING)
	private ProgrammeStatus status;

	private int startYear;

	private Integer endYear;

	private String howToTakePart;

	@ManyToMany
	@JoinTable(name = "programme_theme", joinColumns = @JoinColumn(name = "programme_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	private Set<Theme> themes = new LinkedHashSet<>();

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	private List<Cohort> cohorts = new ArrayList<>();

	private Instant createdAt;

	@Version
	private long version;

	protected Programme() {
	}

	Programme(ProgrammeForm form, Set<Theme> themes, ProgrammeStatus status, Instant now) {
		this.status = status;
		this.createdAt = now;
		change(form, themes);
	}

	void change(ProgrammeForm form, Set<Theme> themes) {
		if (form.lastYear() != null && form.lastYear() < form.firstYear()) {
			throw new DomainRuleException("endYear", "The last year cannot be before the first year");
		}
		this.name = form.name().strip();
		this.summary = form.summary().strip();
		this.description = blankToNull(form.description());
		this.model = form.model();
		this.startYear = form.firstYear();
		this.endYear = form.lastYear();
		this.howToTakePart = blankToNull(form.howToTakePart());
		this.themes.clear();
		this.themes.addAll(themes);
	}

	Cohort addCohort(CohortForm form) {
		if (status == ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "A closed programme takes no new cohorts: relaunch it first");
		}
		Cohort cohort = new Cohort(this, form);
		cohorts.add(cohort);
		return cohort;
	}

	void open() {
		requireNotClosed("open");
		status = ProgrammeStatus.OPEN;
	}

	void run() {
		requireNotClosed("mark as running");
		status = ProgrammeStatus.RUNNING;
	}

	/** Closing a programme closes every cohort still planned, open or running. */
	void close() {
		if (status == ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "The programme is already closed");
		}
		status = ProgrammeStatus.CLOSED;
		cohorts.stream().filter(c -> c.status() != CohortStatus.CLOSED).forEach(Cohort::close);
	}

	void relaunch() {
		if (status != ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "Only a closed programme can be relaunched");
		}
		status = ProgrammeStatus.RELAUNCHED;
	}

	private void requireNotClosed(String action) {
		if (status == ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "A closed programme cannot be " + (action.equals("open") ? "opened" : "marked as running") + ": relaunch it first");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	ProgrammeStatus status() {
		return status;
	}

	List<Cohort> cohorts() {
		return cohorts;
	}

	ProgrammeSummary summary() {
		return new ProgrammeSummary(id, name, summary, description, model, status, startYear, endYear, howToTakePart,
				themes.stream().map(Theme::summary).sorted(Comparator.comparing(ThemeSummary::name)).toList(),
				cohorts.stream().sorted(Comparator.comparing(Cohort::startsOn)).map(Cohort::summary).toList());
	}
}

package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.practiceexchange.inquiry.BetterWhen;
import org.practiceexchange.inquiry.Inquiries;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.inquiry.MeasureKind;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.project.ReleaseDays;
import org.practiceexchange.resource.Outputs;
import org.practiceexchange.resource.ProjectOutputs;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a synthesis's figures from the other modules' public APIs. Figures only: no one is named. */
@Service
@Transactional(readOnly = true)
class FigureService {

	private final ProgrammeCatalogue catalogue;

	private final Projects projects;

	private final Inquiries inquiries;

	private final Organisations organisations;

	private final Outputs outputs;

	FigureService(ProgrammeCatalogue catalogue, Projects projects, Inquiries inquiries, Organisations organisations,
			Outputs outputs) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.inquiries = inquiries;
		this.organisations = organisations;
		this.outputs = outputs;
	}

	/** The projects and inquiries in scope; not found for an unknown programme, cohort or theme. */
	Records records(Scope scope, Long id) {
		String name;
		List<ProjectSummary> found;
		switch (scope) {
			case PROGRAMME -> {
				ProgrammeSummary programme = catalogue.find(id).orElseThrow(() -> new RecordNotFoundException("Programme", id));
				name = programme.name();
				found = projects.inCohorts(programme.cohorts().stream().map(CohortSummary::id).toList());
			}
			case COHORT -> {
				CohortSummary cohort = catalogue.findCohort(id).orElseThrow(() -> new RecordNotFoundException("Cohort", id));
				name = catalogue.find(cohort.programmeId()).map(p -> p.name() + ": ").orElse("") + cohort.name();
				found = projects.inCohorts(List.of(id));
			}
			case THEME -> {
				ThemeSummary theme = catalogue.allThemes().stream().filter(t -> t.id().equals(id)).findFirst()
					.orElseThrow(() -> new RecordNotFoundException("Theme", id));
				name = theme.name();
				found = projects.withTheme(id);
			}
			default -> throw new IllegalStateException(scope.name());
		}
		return new Records(scope, id, name, found, inquiries.inProjects(found.stream().map(ProjectSummary::id).toList()));
	}

	SynthesisFigures figures(Scope scope, Long id) {
		return figures(records(scope, id));
	}

	SynthesisFigures figures(Records records) {
		List<ProjectSummary> found = records.projects();
		List<Long> projectIds = found.stream().map(ProjectSummary::id).toList();
		Set<Long> practitioners = new LinkedHashSet<>();
		Set<Long> organisationIds = new LinkedHashSet<>();
		for (ProjectSummary project : found) {
			organisationIds.add(project.leadOrganisationId());
			organisationIds.addAll(project.partnerOrganisationIds());
			project.members().forEach(member -> {
				practitioners.add(member.personId());
				organisationIds.add(member.organisationId());
			});
		}
		organisationIds.remove(null);
		List<String> regions = organisations.findAll(organisationIds).stream().map(OrganisationSummary::region)
			.filter(Objects::nonNull).distinct().sorted().map(RegionNames::of).toList();
		ReleaseDays release = projects.releaseDays(projectIds);
		ProjectOutputs published = outputs.publishedForProjects(projectIds);
		return new SynthesisFigures(records.scope(), records.scopeId(), records.name(), found.size(), practitioners.size(),
				organisationIds.size(), regions.size(), regions, records.inquiries().size(),
				(int) records.inquiries().stream().filter(InquiryRecord::complete).count(), measures(records.inquiries()),
				new SynthesisFigures.ReleaseDayFigures(Statistics.tidy(release.committed()), Statistics.tidy(release.used())),
				new SynthesisFigures.OutputFigures(published.published(), published.peopleReached(), published.timesShared()));
	}

	/** Every kind, even with no measures, so readers see what is missing. */
	static Map<MeasureKind, SynthesisFigures.MeasureFigures> measures(List<InquiryRecord> found) {
		Map<MeasureKind, List<BigDecimal>> changes = new EnumMap<>(MeasureKind.class);
		Map<MeasureKind, Integer> improved = new EnumMap<>(MeasureKind.class);
		for (MeasureKind kind : MeasureKind.values()) {
			changes.put(kind, new ArrayList<>());
			improved.put(kind, 0);
		}
		found.stream().flatMap(inquiry -> inquiry.measures().stream()).filter(m -> m.change() != null).forEach(m -> {
			changes.get(m.kind()).add(m.betterWhen() == BetterWhen.LOWER ? m.change().negate() : m.change());
			if (Boolean.TRUE.equals(m.improved())) {
				improved.merge(m.kind(), 1, Integer::sum);
			}
		});
		Map<MeasureKind, SynthesisFigures.MeasureFigures> figures = new EnumMap<>(MeasureKind.class);
		changes.forEach((kind, values) -> {
			SynthesisFigures.Spread spread = Statistics.spread(values);
			figures.put(kind, new SynthesisFigures.MeasureFigures(improved.get(kind), values.size(),
					spread == null ? null : spread.median(), spread));
		});
		return figures;
	}
}

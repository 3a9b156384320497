package org.practiceexchange.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class ReportRecords implements Reports {

	private final ReportRepository reports;

	private final Projects projects;

	ReportRecords(ReportRepository reports, Projects projects) {
		this.reports = reports;
		this.projects = projects;
	}

	@Override
	public List<ReportRecord> signedOffBy(Long authorId) {
		return reports.findByAuthorIdAndSignedOffVersionNotNullOrderByIdDesc(authorId).stream().map(this::record).toList();
	}

	@Override
	public Optional<ReportRecord> signedOff(Long reportId) {
		return reports.findById(reportId).filter(r -> r.signedOffVersion() != null).map(this::record);
	}

	@Override
	public List<ReportRecord> signedOffOutcomeReportsLedBy(java.util.Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return reports.findByKindAndSignedOffVersionNotNullOrderByIdDesc(ReportKind.OUTCOME).stream()
			.filter(report -> projects.find(report.projectId()).map(ProjectSummary::leadOrganisationId)
				.filter(organisationIds::contains).isPresent())
			.map(this::record).toList();
	}

	private ReportRecord record(Report report) {
		ReportVersion version = report.signedOff();
		List<Long> themes = projects.find(report.projectId()).map(ProjectSummary::themeId).map(List::of).orElse(List.of());
		return new ReportRecord(report.id(), report.kind(), report.inquiryId(), report.projectId(), report.authorId(),
				version.title(), version.summary() == null ? "" : version.summary(), themes,
				version.measures().stream().map(ReportMeasure::changed).filter(Objects::nonNull).toList(), version.number(),
				version.signedOffAt(), report.outputId());
	}
}

package org.practiceexchange.conference;

import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.report.ReportRecord;
import org.practiceexchange.report.Reports;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.springframework.stereotype.Component;

/**
 * Signed-off reports as presentable work: the application starts from the signed-off version's
 * title and summary, the project's theme, the measures that changed, and the output published from
 * the report (then the project's other published outputs).
 */
@Component
@org.springframework.core.annotation.Order(1)
class ReportWork implements PresentableWork {

	private final Reports reports;

	private final Outputs outputs;

	ReportWork(Reports reports, Outputs outputs) {
		this.reports = reports;
		this.outputs = outputs;
	}

	@Override
	public List<Work> of(Long personId) {
		return reports.signedOffBy(personId).stream().map(this::work).toList();
	}

	private Work work(ReportRecord report) {
		List<Long> published = new ArrayList<>();
		if (report.outputId() != null && outputs.findPublished(report.outputId()).isPresent()) {
			published.add(report.outputId());
		}
		outputs.publishedForProject(report.projectId()).stream().map(OutputSummary::id)
			.filter(id -> !published.contains(id)).forEach(published::add);
		return new Work("report:" + report.id(), report.title(), report.summary(), report.themeIds(),
				report.measuresChanged(), report.inquiryId(), report.projectId(), report.id(), published);
	}
}

package org.practiceexchange.conference;

import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.account.People;
import org.practiceexchange.account.Role;
import org.practiceexchange.report.ReportKind;
import org.practiceexchange.report.ReportRecord;
import org.practiceexchange.report.Reports;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.springframework.stereotype.Component;

/**
 * Signed-off reports as presentable work: a practitioner's own signed-off report, and for a provider
 * lead the signed-off outcome reports of projects their organisation leads (anyone else has no
 * outcome report to offer). The application starts from the signed-off version's title and summary,
 * the project's theme, the measures that changed, and the output published from the report (then
 * the project's other published outputs).
 */
@Component
@org.springframework.core.annotation.Order(1)
class ReportWork implements PresentableWork {

	private final Reports reports;

	private final Outputs outputs;

	private final People people;

	ReportWork(Reports reports, Outputs outputs, People people) {
		this.reports = reports;
		this.outputs = outputs;
		this.people = people;
	}

	@Override
	public List<Work> of(Long personId) {
		List<Work> work = new ArrayList<>(reports.signedOffBy(personId).stream()
			.filter(report -> report.kind() == ReportKind.PRACTITIONER).map(this::work).toList());
		people.find(personId).filter(person -> person.roles().contains(Role.PROVIDER_LEAD))
			.ifPresent(lead -> reports.signedOffOutcomeReportsLedBy(lead.organisationIds()).stream().map(this::work)
				.forEach(work::add));
		return work;
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

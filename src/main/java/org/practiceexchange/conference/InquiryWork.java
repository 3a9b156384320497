package org.practiceexchange.conference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.inquiry.Inquiries;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.springframework.stereotype.Component;

/** Complete inquiries as presentable work: the project's theme and published outputs come with them. */
@Component
class InquiryWork implements PresentableWork {

	private final Inquiries inquiries;

	private final Projects projects;

	private final Outputs outputs;

	InquiryWork(Inquiries inquiries, Projects projects, Outputs outputs) {
		this.inquiries = inquiries;
		this.projects = projects;
		this.outputs = outputs;
	}

	@Override
	public List<Work> of(Long personId) {
		return inquiries.byPractitioner(personId).stream().filter(InquiryRecord::complete).map(this::work).toList();
	}

	private Work work(InquiryRecord inquiry) {
		List<Long> themes = projects.find(inquiry.projectId()).map(ProjectSummary::themeId)
			.map(List::of).orElse(List.of());
		List<Long> published = outputs.publishedForProject(inquiry.projectId()).stream().map(OutputSummary::id).toList();
		String summary = inquiry.evaluation() != null ? inquiry.evaluation().whatChanged() : null;
		return new Work("inquiry:" + inquiry.id(), inquiry.title(), summary == null ? "" : summary, themes,
				measures(inquiry), inquiry.id(), inquiry.projectId(), null, published);
	}

	static List<String> measures(InquiryRecord inquiry) {
		List<String> lines = new ArrayList<>();
		for (InquiryRecord.MeasureResult measure : inquiry.measures()) {
			if (measure.reaudit() == null) {
				continue;
			}
			String unit = measure.unit() == null || measure.unit().isBlank() ? "" : " " + measure.unit();
			lines.add(measure.name() + ": " + plain(measure.baseline()) + unit + " to " + plain(measure.reaudit()) + unit);
		}
		return lines;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}
}

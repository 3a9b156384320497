package org.practiceexchange.inquiry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class InquiryRecords implements Inquiries {

	private final InquiryRepository inquiries;

	InquiryRecords(InquiryRepository inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public Optional<InquiryRecord> find(Long id) {
		return inquiries.findById(id).map(InquiryRecords::record);
	}

	/** Withdrawn inquiries are left out (their practitioner has taken them back). */
	@Override
	public List<InquiryRecord> byPractitioner(Long practitionerId) {
		return inquiries.findByPractitionerIdOrderByIdDesc(practitionerId).stream().filter(i -> !i.withdrawn())
			.map(InquiryRecords::record).toList();
	}

	@Override
	public List<InquiryRecord> inProjects(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return inquiries.findByProjectIdInOrderByIdDesc(projectIds).stream()
			.filter(i -> !i.withdrawn())
			.sorted(java.util.Comparator.comparing(Inquiry::id))
			.map(InquiryRecords::record)
			.toList();
	}

	static InquiryRecord record(Inquiry inquiry) {
		List<InquiryRecord.MeasureResult> measures = inquiry.measures().stream().map(Measure::view)
			.map(m -> new InquiryRecord.MeasureResult(m.name(), m.unit(), m.kind(), m.betterWhen(), m.baseline(),
					m.reaudit(), m.change(), m.relativeChange(), m.improved(), m.scaleMin(), m.scaleMax()))
			.toList();
		List<InquiryRecord.PlannedAction> plan = inquiry.currentPlan() == null ? List.of()
				: inquiry.currentPlan().view().actions().stream()
					.map(a -> new InquiryRecord.PlannedAction(a.what(), a.who(), a.dueOn(), a.successCriterion()))
					.toList();
		InquiryRecord.Evaluation evaluation = inquiry.hasEvaluation() ? new InquiryRecord.Evaluation(inquiry.whatChanged(),
				inquiry.contentLessons(), inquiry.processLessons(), inquiry.implications()) : null;
		return new InquiryRecord(inquiry.id(), inquiry.projectId(), inquiry.practitionerId(), inquiry.title(),
				inquiry.stage(), measures, plan, evaluation,
				inquiry.log().stream().map(e -> new InquiryRecord.LogLine(e.entryOn(), e.done(), e.observed())).toList(),
				inquiry.withdrawn());
	}
}

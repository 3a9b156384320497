package org.practiceexchange.report;

import java.util.List;

import org.practiceexchange.browser.RecordPages;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.springframework.stereotype.Component;

/**
 * Reports at each step for the browser checks: the author's list, editor, start page, a report
 * corrected after sign-off and its signed-off version; the mentor's report to sign off; the lead's
 * status page and outcome report; the validator's outcome report to sign off; the manager's list.
 */
@Component
class ReportPages implements RecordPages {

	private final ReportFixtures fixtures;

	private final InquiryFixtures inquiries;

	private final ReportWorkflow workflow;

	ReportPages(ReportFixtures fixtures, InquiryFixtures inquiries, ReportWorkflow workflow) {
		this.fixtures = fixtures;
		this.inquiries = inquiries;
		this.workflow = workflow;
	}

	@Override
	public List<Visit> visits() {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var g = r.group();
		Long submitted = fixtures.aReport(r, ReportStatus.SUBMITTED);
		Long signed = fixtures.aReport(another(r), ReportStatus.SIGNED_OFF);
		Long corrected = fixtures.aReport(another(r), ReportStatus.SIGNED_OFF);
		workflow.correct(corrected, g.member(), new ReportForms.Correction("A date was wrong"));
		Long unstarted = inquiries.anInquiry(g, Stage.COMPLETE);
		Long outcome = fixtures.anOutcomeReport(r, ReportStatus.SUBMITTED);
		String page = "/reports/";
		return List.of(
				new Visit(g.member().email(), List.of("/reports", page + submitted, page + signed, page + corrected,
						page + corrected + "/edit", page + corrected + "/versions/1", "/inquiries/" + unstarted + "/report")),
				new Visit(g.mentor().email(), List.of("/reports", page + submitted, page + signed + "/versions/1")),
				new Visit(g.lead().email(), List.of("/reports", page + submitted, page + outcome, "/projects/" + r.project().id())),
				new Visit(g.validator().email(), List.of("/reports", page + outcome)),
				new Visit(g.manager().email(), List.of("/reports", page + signed)));
	}

	private ReportFixtures.Reporting another(ReportFixtures.Reporting r) {
		return new ReportFixtures.Reporting(r.group(), r.project(), inquiries.anInquiry(r.group(), Stage.COMPLETE));
	}
}

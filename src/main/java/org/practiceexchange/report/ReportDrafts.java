package org.practiceexchange.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.project.ProjectSummary;

/**
 * The first draft of a report, from what the platform already holds: for a practitioner, their
 * inquiry's aim, focus, action plan, before/after measures and evaluation; for a project, its
 * providers and the outcomes its proposal promised. The author edits every part.
 */
final class ReportDrafts {

	private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private ReportDrafts() {
	}

	static Sections ofInquiry(InquiryRecord inquiry, ProjectSummary project) {
		InquiryRecord.Evaluation evaluation = inquiry.evaluation();
		StringBuilder nature = new StringBuilder();
		nature.append("Aim: ").append(inquiry.title()).append('.');
		project.members().stream().filter(m -> m.personId().equals(inquiry.practitionerId())).map(ProjectSummary.Member::focus)
			.filter(focus -> focus != null && !focus.isBlank()).findFirst()
			.ifPresent(focus -> nature.append("\n\nFocus in my setting: ").append(focus.strip()));
		List<String> measured = inquiry.measures().stream().map(m -> m.name() + (m.unit() == null || m.unit().isBlank() ? "" : " (" + m.unit() + ")")).toList();
		if (!measured.isEmpty()) {
			nature.append("\n\nWhat I measured at the audit and again at the re-audit:");
			measured.forEach(name -> nature.append("\n- ").append(name));
		}
		if (!inquiry.plan().isEmpty()) {
			nature.append("\n\nThe action plan:");
			for (InquiryRecord.PlannedAction action : inquiry.plan()) {
				nature.append("\n- ").append(action.what()).append(" (").append(action.who());
				if (action.dueOn() != null) {
					nature.append(", by ").append(UK_DATE.format(action.dueOn()));
				}
				nature.append("); success criterion: ").append(action.successCriterion());
			}
		}
		if (evaluation != null && evaluation.whatChanged() != null) {
			nature.append("\n\nWhat changed: ").append(evaluation.whatChanged());
		}
		return Sections.practitioner(inquiry.title(), evaluation == null ? null : evaluation.whatChanged(), nature.toString(),
				evaluation == null ? null : evaluation.contentLessons(), evaluation == null ? null : evaluation.processLessons(),
				evaluation == null ? null : evaluation.implications());
	}

	/**
	 * The section on the nature of the initiative with the intervention log added at its end, one line
	 * per entry (date, what was done, what was observed); entries already in the text are not added again.
	 */
	static String withLog(String nature, List<InquiryRecord.LogLine> log) {
		String text = nature == null ? "" : nature.replace("\r\n", "\n").strip();
		List<String> lines = new ArrayList<>();
		for (InquiryRecord.LogLine entry : log) {
			String line = "- " + UK_DATE.format(entry.entryOn()) + ": " + entry.done()
					+ (entry.observed() == null ? "" : " Observed: " + entry.observed());
			if (!text.contains(line)) {
				lines.add(line);
			}
		}
		if (lines.isEmpty()) {
			return text;
		}
		StringBuilder added = new StringBuilder(text);
		if (!text.isEmpty()) {
			added.append("\n\n");
		}
		added.append(LOG_HEADING);
		lines.forEach(line -> added.append('\n').append(line));
		return added.toString();
	}

	static final String LOG_HEADING = "What I did during the intervention, from my log:";

	static List<ReportMeasure> measuresOf(InquiryRecord inquiry) {
		return inquiry.measures().stream().map(ReportMeasure::of).toList();
	}

	/** An outcome report: a paragraph to write per provider, and the outcomes the proposal promised. */
	static Sections ofProject(ProjectSummary project, java.util.Map<Long, String> organisationNames) {
		List<String> contributions = new ArrayList<>();
		contributions.add(organisationNames.getOrDefault(project.leadOrganisationId(), "Lead provider") + " (lead provider): ");
		project.partnerOrganisationIds()
			.forEach(id -> contributions.add(organisationNames.getOrDefault(id, "Partner") + " (partner): "));
		String promised = promisedOutcomes(project.summary());
		String outcomes = (promised == null ? "Outcomes promised: " : "Outcomes promised: " + promised)
				+ "\n\nWhat was achieved against each: ";
		return Sections.outcome("Outcome report: " + project.title(), null, String.join("\n\n", contributions), outcomes);
	}

	/** The promised outcomes a funded proposal wrote into the project's summary, else the summary itself. */
	static String promisedOutcomes(String summary) {
		if (summary == null || summary.isBlank()) {
			return null;
		}
		int at = summary.indexOf("Outcomes promised:");
		return at < 0 ? summary.strip() : summary.substring(at + "Outcomes promised:".length()).strip();
	}

	/** Measures of the project's inquiries that have been re-audited, as evidence for an outcome report. */
	static List<ReportMeasure> measuresOf(List<InquiryRecord> inquiries) {
		return inquiries.stream().flatMap(i -> i.measures().stream()).filter(m -> m.reaudit() != null)
			.map(ReportMeasure::of).toList();
	}
}

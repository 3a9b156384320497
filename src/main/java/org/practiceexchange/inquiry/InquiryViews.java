package org.practiceexchange.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How pages and the API show an inquiry: in full, or as progress only for a provider lead. */
final class InquiryViews {

	private InquiryViews() {
	}

	/** What this viewer may do with an inquiry. */
	enum Access {
		OWNER, SUPPORTER, MANAGER, PROGRESS;

		boolean seesContent() {
			return this != PROGRESS;
		}
	}

	record CommentView(Long authorId, String authorName, Integer planVersion, String body, Instant createdAt) {
	}

	record LogView(LocalDate entryOn, String done, String observed) {
	}

	/** A correction or removal of a measure; {@code field} is "removed" for a removal, and {@code after} is then null. */
	record MeasureChangeView(Long measureId, String measureName, Long personId, String personName, Instant changedAt,
			String field, String before, String after) {
	}

	record EvaluationView(String whatChanged, String contentLessons, String processLessons, String implications) {
	}

	/** The whole inquiry, for the practitioner, their mentor and facilitator, and the programme manager. */
	record Full(Long id, Long projectId, String projectTitle, Long practitionerId, String practitionerName, String title,
			Stage stage, List<MeasureView> measures, PlanView plan, int planVersions, List<CommentView> comments,
			List<LogView> log, EvaluationView evaluation, Access access, String nextStageNeeds, boolean withdrawn,
			Instant withdrawnAt, String withdrawalReason, List<MeasureChangeView> measureChanges) {

		/** Whether re-audit values may be recorded: from the re-audit stage on. */
		public boolean reauditOpen() {
			return stage.compareTo(Stage.REAUDIT) >= 0;
		}

		/** Whether anything may still be added or changed: not complete, not withdrawn. */
		public boolean open() {
			return stage != Stage.COMPLETE && !withdrawn;
		}

		/** Whether measures may still be removed: at the audit and plan stages. */
		public boolean measuresRemovable() {
			return open() && stage.compareTo(Stage.PLAN) <= 0;
		}
	}

	/** Stage only: what a provider lead follows of their staff's inquiries. */
	record Progress(Long id, Long projectId, String projectTitle, Long practitionerId, String practitionerName,
			Stage stage, Access access, boolean withdrawn) {
	}

	/** A line in a list of inquiries; the title is left out for provider leads. */
	record Line(Long id, Long projectId, String projectTitle, String practitionerName, String title, Stage stage,
			boolean withdrawn) {
	}
}

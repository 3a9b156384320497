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

	record EvaluationView(String whatChanged, String contentLessons, String processLessons, String implications) {
	}

	/** The whole inquiry, for the practitioner, their mentor and facilitator, and the programme manager. */
	record Full(Long id, Long projectId, String projectTitle, Long practitionerId, String practitionerName, String title,
			Stage stage, List<MeasureView> measures, PlanView plan, int planVersions, List<CommentView> comments,
			List<LogView> log, EvaluationView evaluation, Access access, String nextStageNeeds) {

		/** Whether re-audit values may be recorded: from the re-audit stage on. */
		public boolean reauditOpen() {
			return stage.compareTo(Stage.REAUDIT) >= 0;
		}
	}

	/** Stage only: what a provider lead follows of their staff's inquiries. */
	record Progress(Long id, Long projectId, String projectTitle, Long practitionerId, String practitionerName,
			Stage stage, Access access) {
	}

	/** A line in a list of inquiries; the title is left out for provider leads. */
	record Line(Long id, Long projectId, String projectTitle, String practitionerName, String title, Stage stage) {
	}
}

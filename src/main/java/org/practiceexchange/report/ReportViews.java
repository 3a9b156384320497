package org.practiceexchange.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How pages, the API and the PDF show a report. */
final class ReportViews {

	/** The guide for a practitioner's report: four to five sides of A4. */
	static final int GUIDE_MIN_SIDES = 4;

	static final int GUIDE_MAX_SIDES = 5;

	/** The guide for a project's outcome report: two to three sides of A4. */
	static final int OUTCOME_GUIDE_MIN_SIDES = 2;

	static final int OUTCOME_GUIDE_MAX_SIDES = 3;

	/** The length guide, in sides of A4, for one kind of report. */
	record Guide(int min, int max) {

		static Guide of(ReportKind kind) {
			return kind == ReportKind.OUTCOME ? new Guide(OUTCOME_GUIDE_MIN_SIDES, OUTCOME_GUIDE_MAX_SIDES)
					: new Guide(GUIDE_MIN_SIDES, GUIDE_MAX_SIDES);
		}
	}

	private ReportViews() {
	}

	/** How this viewer stands towards a report. */
	enum Access {
		/** Writes it. */
		AUTHOR,
		/** The project's mentor or facilitator: reads it, comments (and the mentor signs a practitioner's report off). */
		SUPPORTER,
		/** The project's external validator: reads, comments on and signs off its outcome report. */
		VALIDATOR,
		/** The programme manager: reads every report and may publish a signed-off one. */
		MANAGER,
		/** A provider lead following their own staff (or their project): the status only. */
		PROGRESS;

		boolean seesContent() {
			return this != PROGRESS;
		}
	}

	/** What this viewer may do now. */
	record Actions(boolean edit, boolean submit, boolean comment, boolean signOff, boolean correct, boolean publish) {
	}

	/** A paragraph, or a list where the text has lines starting with "- ". */
	record Block(boolean list, List<String> lines) {
	}

	record SectionView(String field, String heading, String text) {

		public List<Block> blocks() {
			return blocks(text);
		}

		static List<Block> blocks(String text) {
			List<Block> blocks = new ArrayList<>();
			if (text == null) {
				return blocks;
			}
			for (String line : text.split("\\R")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				boolean item = trimmed.startsWith("- ") || trimmed.startsWith("* ");
				String content = item ? trimmed.substring(2).strip() : trimmed;
				Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
				if (item && last != null && last.list()) {
					last.lines().add(content);
				}
				else {
					blocks.add(new Block(item, new ArrayList<>(List.of(content))));
				}
			}
			return blocks;
		}
	}

	record MeasureLine(String name, String unit, String baseline, String reaudit, String change, String relative,
			Boolean improved) {
	}

	/** One version's text and figures, with its page count (from the real PDF) and the estimate. */
	record VersionView(int number, String title, String summary, List<SectionView> sections, List<MeasureLine> measures,
			Integer pages, double estimatedSides, String correctionReason, Instant createdAt, String createdByName,
			Instant signedOffAt, String signedOffByName,
			@com.fasterxml.jackson.annotation.JsonIgnore String chart, Guide guide) {

		/** Whether the PDF falls outside this kind's guide (a warning, never a block). */
		public boolean outsideGuide() {
			return pages != null && (pages < guide.min() || pages > guide.max());
		}

		public boolean signedOff() {
			return signedOffAt != null;
		}
	}

	record CommentView(String authorName, int version, String body, Instant createdAt) {
	}

	record EventView(String personName, Report.Action action, int version, String detail, Instant at) {
	}

	record VersionLine(int number, Instant createdAt, String correctionReason, Instant signedOffAt,
			String signedOffByName) {
	}

	/** The whole report, for everyone but a provider lead. */
	record Full(Long id, ReportKind kind, Long inquiryId, Long projectId, String projectTitle, Long themeId, Long authorId,
			String authorName, ReportStatus status, Access access, VersionView current, Integer signedOffVersion,
			List<CommentView> comments, List<EventView> history, List<VersionLine> versions, Long outputId,
			Actions actions) {

		public boolean correcting() {
			return signedOffVersion != null && status != ReportStatus.SIGNED_OFF;
		}
	}

	/** Status only: what a provider lead follows. */
	record Progress(Long id, ReportKind kind, Long projectId, String projectTitle, String authorName,
			ReportStatus status, Access access) {
	}

	/** A line in a list of reports; the title is left out for provider leads. */
	record Line(Long id, ReportKind kind, String title, Long projectId, String projectTitle, String authorName,
			ReportStatus status, Integer signedOffVersion) {
	}

	/** Starting a report: where the inquiry or project stands and whether this person may start one. */
	record Start(ReportKind kind, Long inquiryId, Long projectId, String title, String projectTitle, boolean mayStart,
			String notYet) {
	}

	/** The live estimate on the editor. */
	record Estimate(double sides, int words, Guide guide) {

		public boolean outsideGuide() {
			return sides < guide.min() - 0.5 || sides > guide.max() + 0.2;
		}
	}
}

package org.practiceexchange.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practiceexchange.resource.Licence;

/** What the report pages and the API accept. */
final class ReportForms {

	private ReportForms() {
	}

	/** The report's text; sections that do not belong to the report's kind are ignored. */
	record Text(
			@NotBlank(message = "{report.title.required}") @Size(max = 200, message = "{report.title.size}") String title,
			@Size(max = 1000, message = "{report.summary.size}") String summary,
			@Size(max = 20000, message = "{report.section.size}") String nature,
			@Size(max = 20000, message = "{report.section.size}") String contentLessons,
			@Size(max = 20000, message = "{report.section.size}") String processLessons,
			@Size(max = 20000, message = "{report.section.size}") String implications,
			@Size(max = 20000, message = "{report.section.size}") String contributions,
			@Size(max = 20000, message = "{report.section.size}") String outcomes) {

		static Text of(Sections s) {
			return new Text(s.title(), s.summary(), s.nature(), s.contentLessons(), s.processLessons(), s.implications(),
					s.contributions(), s.outcomes());
		}

		Text withNature(String newNature) {
			return new Text(title, summary, newNature, contentLessons, processLessons, implications, contributions, outcomes);
		}

		Sections sections(ReportKind kind) {
			return kind == ReportKind.PRACTITIONER
					? Sections.practitioner(title, summary, nature, contentLessons, processLessons, implications)
					: Sections.outcome(title, summary, contributions, outcomes);
		}
	}

	/**
	 * The signer's comments. They send the report back to its author unless {@code sendBack} is false:
	 * then the report stays with the signer, who can still sign it off, and the author reads the comment.
	 */
	record Comments(@NotBlank(message = "{report.comments.required}") @Size(max = 4000, message = "{report.comments.size}") String body,
			Boolean sendBack) {

		Comments(String body) {
			this(body, null);
		}

		boolean sendsBack() {
			return sendBack == null || sendBack;
		}
	}

	/** Why a signed-off report is being corrected. */
	record Correction(@NotBlank(message = "{report.correction.required}") @Size(max = 1000, message = "{report.correction.size}") String reason) {
	}

	/** The licence a signed-off report is published under, and its themes (the project's theme when none are chosen). */
	record Publish(@NotNull(message = "{report.licence.required}") Licence licence, java.util.List<Long> themeIds) {

		Publish {
			themeIds = themeIds == null ? java.util.List.of() : java.util.List.copyOf(themeIds);
		}

		Publish(Licence licence) {
			this(licence, null);
		}
	}
}

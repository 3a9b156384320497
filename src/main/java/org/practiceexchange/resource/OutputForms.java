package org.practiceexchange.resource;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

final class OutputForms {

	private OutputForms() {
	}

	/** An output as its proposer describes it. */
	record Proposal(
			@NotBlank(message = "{output.title.required}") @Size(max = 300, message = "{output.title.size}") String title,
			@NotBlank(message = "{output.summary.required}") @Size(max = 4000, message = "{output.summary.size}") String summary,
			@NotBlank(message = "{output.authors.required}") @Size(max = 1000, message = "{output.authors.size}") String authors,
			@NotNull(message = "{output.type.required}") OutputType type,
			@NotNull(message = "{output.licence.required}") Licence licence,
			Long programmeId,
			@Pattern(regexp = "^\\s*((19|20)\\d\\d\\s*)?$", message = "{output.year.range}") String year,
			@NotEmpty(message = "{output.themes.required}") List<Long> themeIds,
			List<Long> organisationIds,
			Long projectId,
			Long reportId) {

		Proposal(String title, String summary, String authors, OutputType type, Licence licence, Long programmeId,
				Integer year, List<Long> themeIds, List<Long> organisationIds, Long projectId, Long reportId) {
			this(title, summary, authors, type, licence, programmeId, year == null ? "" : year.toString(), themeIds,
					organisationIds, projectId, reportId);
		}

		/** The output as it stands, to correct after it was sent back. */
		static Proposal of(Output output) {
			return new Proposal(output.title(), output.summaryText(), output.authors(), output.type(), output.licence(),
					output.programmeId(), output.year(), List.copyOf(output.themes().keySet()),
					List.copyOf(output.organisations().keySet()), output.projectId(), output.reportId());
		}

		static Proposal empty() {
			return new Proposal("", "", "", null, Licence.CC_BY_4_0, null, "", List.of(), List.of(), null, null);
		}

		Integer yearValue() {
			return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
		}

		List<Long> organisations() {
			return organisationIds == null ? List.of() : organisationIds;
		}
	}

	/** What an approver sends back to the proposer to change. */
	record Decision(@Size(max = 2000, message = "{output.note.size}") String note) {
	}

	/** A file added to an output; the service checks it (there, not empty, small enough, what it says it is). */
	record Upload(MultipartFile file) {
	}

	record ApprovalSetting(@NotNull(message = "{output.approver.required}") Approver approver) {
	}
}

package org.practiceexchange.programme;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a programme manager enters for a programme. Years are typed, so they bind as text and are
 * checked here: a record with a number that failed to convert could not be built, and none of the
 * other fields would be checked.
 */
public record ProgrammeForm(
		@NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{programme.name.size}") String name,
		@NotBlank(message = "{programme.summary.required}") @Size(max = 500, message = "{programme.summary.size}") String summary,
		@Size(max = 8000, message = "{programme.description.size}") String description,
		@NotNull(message = "{programme.model.required}") ProgrammeModel model,
		@NotBlank(message = "{programme.startYear.required}") @Pattern(regexp = YEAR, message = "{programme.year.range}") String startYear,
		@Pattern(regexp = OPTIONAL_YEAR, message = "{programme.year.range}") String endYear,
		@Size(max = 4000, message = "{programme.howToTakePart.size}") String howToTakePart,
		List<Long> themeIds) {

	static final String YEAR = "^\\s*(199\\d|20\\d\\d|2100)\\s*$";

	static final String OPTIONAL_YEAR = "^\\s*((199\\d|20\\d\\d|2100)\\s*)?$";

	public ProgrammeForm(String name, String summary, String description, ProgrammeModel model, int startYear,
			Integer endYear, String howToTakePart, List<Long> themeIds) {
		this(name, summary, description, model, String.valueOf(startYear), endYear == null ? "" : endYear.toString(),
				howToTakePart, themeIds);
	}

	int firstYear() {
		return Integer.parseInt(startYear.strip());
	}

	Integer lastYear() {
		return endYear == null || endYear.isBlank() ? null : Integer.valueOf(endYear.strip());
	}

	public static ProgrammeForm empty() {
		return new ProgrammeForm("", "", "", null, "", "", "", List.of());
	}

	public static ProgrammeForm of(ProgrammeSummary programme) {
		return new ProgrammeForm(programme.name(), programme.summary(), programme.description(), programme.model(),
				programme.startYear(), programme.endYear(), programme.howToTakePart(),
				programme.themes().stream().map(ThemeSummary::id).toList());
	}

	List<Long> themes() {
		return themeIds == null ? List.of() : themeIds;
	}
}

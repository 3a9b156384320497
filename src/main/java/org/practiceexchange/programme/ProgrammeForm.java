package org.practiceexchange.programme;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a programme manager enters for a programme. */
public record ProgrammeForm(
		@NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{programme.name.size}") String name,
		@NotBlank(message = "{programme.summary.required}") @Size(max = 500, message = "{programme.summary.size}") String summary,
		@Size(max = 8000, message = "{programme.description.size}") String description,
		@NotNull(message = "{programme.model.required}") ProgrammeModel model,
		@NotNull(message = "{programme.startYear.required}") @Min(value = 1990, message = "{programme.year.range}") @Max(value = 2100, message = "{programme.year.range}") Integer startYear,
		@Min(value = 1990, message = "{programme.year.range}") @Max(value = 2100, message = "{programme.year.range}") Integer endYear,
		@Size(max = 4000, message = "{programme.howToTakePart.size}") String howToTakePart,
		List<Long> themeIds) {

	public static ProgrammeForm empty() {
		return new ProgrammeForm("", "", "", null, null, null, "", List.of());
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

package org.practiceexchange.synthesis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the manager's forms send. */
final class SynthesisForms {

	private SynthesisForms() {
	}

	/** {@code target} names what the synthesis covers: "PROGRAMME-12", "COHORT-5" or "THEME-3". */
	record Create(@NotBlank(message = "{synthesis.target.required}") String target,
			@NotBlank(message = "{synthesis.title.required}") @Size(max = 200, message = "{synthesis.title.size}") String title) {

		static Create empty() {
			return new Create("", "");
		}

		Scope scope() {
			return Scope.valueOf(target.substring(0, target.indexOf('-')));
		}

		Long scopeId() {
			return Long.valueOf(target.substring(target.indexOf('-') + 1));
		}

		boolean readable() {
			return target != null && target.matches("(PROGRAMME|COHORT|THEME)-\\d{1,18}");
		}
	}

	record NewSection(@NotBlank(message = "{synthesis.heading.required}") @Size(max = 200, message = "{synthesis.heading.size}") String heading,
			@NotBlank(message = "{synthesis.body.required}") @Size(max = Section.MAX_BODY, message = "{synthesis.body.size}") String body) {

		static NewSection empty() {
			return new NewSection("", "");
		}
	}

	record NewCode(@NotBlank(message = "{synthesis.code.required}") @Size(max = 100, message = "{synthesis.code.size}") String label) {

		static NewCode empty() {
			return new NewCode("");
		}
	}

	record Choose(@NotNull Long inquiryId, @NotNull Lesson lesson, Long codeId) {
	}
}

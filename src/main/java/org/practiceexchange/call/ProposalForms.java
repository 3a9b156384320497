package org.practiceexchange.call;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What forms and the API send about proposals and reviews: command records, never entities. */
final class ProposalForms {

	private ProposalForms() {
	}

	/** POST /api/calls/{id}/proposals and the "start a proposal" page. */
	record Start(@NotBlank(message = "{proposal.title.required}") @Size(max = 200, message = "{proposal.title.size}") String title,
			List<Long> partnerOrganisationIds, Long leadOrganisationId) {

		List<Long> partners() {
			return partnerOrganisationIds == null ? List.of() : partnerOrganisationIds;
		}
	}

	/** The "about the project" section; {@code version} is the section version the writer started from. */
	record Details(@NotBlank(message = "{proposal.title.required}") @Size(max = 200, message = "{proposal.title.size}") String title,
			Long themeId, @Size(max = 4000, message = "{proposal.text.size}") String aims,
			@Size(max = 4000, message = "{proposal.text.size}") String outcomes, Integer version) {
	}

	record Validator(@Size(max = 200, message = "{proposal.short.size}") String organisation,
			@Size(max = 200, message = "{proposal.short.size}") String contactName,
			@Email(message = "{proposal.email.invalid}") @Size(max = 320, message = "{proposal.short.size}") String contactEmail,
			Integer version) {
	}

	record NewPractitioner(@NotBlank(message = "{proposal.practitioner.name.required}") @Size(max = 200, message = "{proposal.short.size}") String name,
			@NotBlank(message = "{proposal.practitioner.email.required}") @Email(message = "{proposal.email.invalid}") @Size(max = 320, message = "{proposal.short.size}") String email,
			@NotNull(message = "{proposal.practitioner.organisation.required}") Long organisationId,
			@NotNull(message = "{proposal.practitioner.days.required}") @Min(value = 1, message = "{proposal.practitioner.days.range}") @Max(value = 100, message = "{proposal.practitioner.days.range}") Integer releaseDays) {
	}

	record NewBudgetLine(@NotBlank(message = "{proposal.budget.description.required}") @Size(max = 300, message = "{proposal.short.size}") String description,
			@NotNull(message = "{proposal.budget.amount.required}") @Min(value = 0, message = "{proposal.budget.amount.min}") Long amount) {
	}

	record Review(List<Integer> scores, List<String> comments, Decision recommendation,
			@Size(max = 4000, message = "{proposal.text.size}") String comment) {
	}

	record Conflict(@NotBlank(message = "{callReview.conflict.reason.required}") @Size(max = 2000, message = "{proposal.text.size}") String reason) {
	}

	record Assign(@NotNull(message = "{assign.proposal.required}") Long proposalId,
			@NotNull(message = "{assign.reviewer.required}") Long reviewerId) {
	}

	record Spread(@NotNull(message = "{call.number.required}") @Min(value = 1, message = "{spread.perProposal.range}") @Max(value = 10, message = "{spread.perProposal.range}") Integer reviewersPerProposal,
			@NotNull(message = "{call.number.required}") @Min(value = 1, message = "{spread.cap.min}") Integer cap) {
	}

	record Moderation(@NotNull(message = "{moderation.score.required}") @DecimalMin(value = "0", message = "{moderation.score.range}") @DecimalMax(value = "10", message = "{moderation.score.range}") BigDecimal score,
			@NotBlank(message = "{moderation.reason.required}") @Size(max = 2000, message = "{proposal.text.size}") String reason) {
	}

	record Decide(@NotNull(message = "{decision.outcome.required}") Decision decision,
			@Size(max = 4000, message = "{proposal.text.size}") String feedback) {
	}
}

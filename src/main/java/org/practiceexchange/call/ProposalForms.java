package org.practiceexchange.call;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

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

	/** What reviewers are told on their review form; bidders never see it. */
	record ReviewerGuidance(@Size(max = 4000, message = "{call.text.size}") String reviewerGuidance) {
	}

	/** A file to attach to a draft (a letter of support, a budget sheet). */
	record Attachment(org.springframework.web.multipart.MultipartFile file) {
	}

	record NewPartner(@NotNull(message = "{proposal.partner.organisation.required}") Long partnerOrganisationId) {
	}

	/** A published call's new, later deadline (UK time) and why. */
	record Extend(@NotNull(message = "{callChange.closesAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
			@NotBlank(message = "{callChange.reason.required}") @Size(max = 2000, message = "{proposal.reason.size}") String reason) {
	}

	/** A funded proposal withdrawing after the release, and why. */
	record WithdrawFunding(@NotBlank(message = "{fundingWithdrawal.reason.required}") @Size(max = 2000, message = "{proposal.reason.size}") String reason) {
	}

	/** Closing an open call now, and why. */
	record CloseEarly(@NotBlank(message = "{callChange.reason.required}") @Size(max = 2000, message = "{proposal.reason.size}") String reason) {
	}

	record NewBudgetLine(@NotBlank(message = "{proposal.budget.description.required}") @Size(max = 300, message = "{proposal.short.size}") String description,
			@NotNull(message = "{proposal.budget.amount.required}") @Min(value = 0, message = "{proposal.budget.amount.min}") Long amount,
			@NotNull(message = "{proposal.budget.organisation.required}") Long spentBy,
			@NotNull(message = "{proposal.budget.category.required}") BudgetCategory category) {
	}

	record Review(List<Integer> scores, List<String> comments, Decision recommendation,
			@Size(max = 4000, message = "{proposal.text.size}") String comment) {
	}

	record Conflict(@NotBlank(message = "{callReview.conflict.reason.required}") @Size(max = 2000, message = "{proposal.reason.size}") String reason) {
	}

	record Assign(@NotNull(message = "{assign.proposal.required}") Long proposalId,
			@NotNull(message = "{assign.reviewer.required}") Long reviewerId) {
	}

	/** Numbers are bound as typed, so a mistyped one is reported beside its field while the other is still checked. */
	record Spread(@NotBlank(message = "{call.number.required}") @Pattern(regexp = "\\s*|\\s*0*([1-9]|10)\\s*", message = "{spread.perProposal.range}") String reviewersPerProposal,
			@NotBlank(message = "{call.number.required}") @Pattern(regexp = "\\s*|\\s*0*[1-9]\\d{0,3}\\s*", message = "{spread.cap.min}") String cap) {

		int reviewersPerProposalValue() {
			return Integer.parseInt(reviewersPerProposal.strip());
		}

		int capValue() {
			return Integer.parseInt(cap.strip());
		}
	}

	/** The score is bound as typed; the call's own scale is checked when it is recorded. */
	record Moderation(@NotBlank(message = "{moderation.score.required}") @Pattern(regexp = "\\s*|\\s*\\d{1,2}([.]\\d{1,2})?\\s*", message = "{moderation.score.number}") String score,
			@NotBlank(message = "{moderation.reason.required}") @Size(max = 2000, message = "{proposal.reason.size}") String reason) {

		BigDecimal scoreValue() {
			return new BigDecimal(score.strip());
		}
	}

	record Decide(@NotNull(message = "{decision.outcome.required}") Decision decision,
			@Size(max = 4000, message = "{proposal.text.size}") String feedback) {
	}
}

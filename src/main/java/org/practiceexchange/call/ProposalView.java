package org.practiceexchange.call;

import java.time.Instant;
import java.util.List;

/** A proposal as its writers, its reviewers and the manager see it (and GET /api/proposals/{id}). */
record ProposalView(Long id, Long callId, String callTitle, CallStatus callStatus, Instant callClosesAt,
		String title, Long themeId, String themeName, String aims, String outcomes, Long leadOrganisationId,
		String leadOrganisationName, String leadPersonName, List<PartnerView> partners,
		List<PractitionerView> practitioners, List<BudgetLineView> budgetLines, long budgetTotal,
		String validatorOrganisation, String validatorContactName, String validatorContactEmail, ProposalStatus status,
		int detailsVersion, int validatorVersion, String lastEditedByName, Instant lastEditedAt,
		List<SubmissionView> submissions, Decision decision, String feedback, boolean decisionReleased,
		List<ProposalIncompleteException.Missing> missing, boolean canEdit, boolean canWithdraw, List<Long> canRespondFor,
		Instant fundingWithdrawnAt, String fundingWithdrawalReason, Instant promotedAt, String callGuidance,
		long budgetLimit, List<PartnerTotal> budgetByPartner, List<CategoryTotal> budgetByCategory,
		List<ProposalAttachments.AttachmentView> attachments) {

	record PartnerView(Long organisationId, String organisationName, PartnerStatus status, String respondedByName,
			Instant respondedAt) {
	}

	record PractitionerView(int index, String name, String email, String organisationName, int releaseDays) {
	}

	record BudgetLineView(int index, String description, long amount, Long organisationId, String organisationName,
			BudgetCategory category) {
	}

	/** What one organisation's lines add up to. */
	record PartnerTotal(Long organisationId, String organisationName, long amount) {
	}

	/** What the lines of one kind of cost add up to. */
	record CategoryTotal(BudgetCategory category, long amount) {
	}

	/** The lines add up to more than the call funds for a project: submission is refused. */
	public boolean overBudget() {
		return budgetTotal > budgetLimit;
	}

	record SubmissionView(int number, String submittedByName, Instant submittedAt, String withdrawnByName,
			Instant withdrawnAt, String snapshot) {
	}

	public boolean submitted() {
		return status == ProposalStatus.SUBMITTED;
	}

	public boolean callOpen() {
		return callStatus == CallStatus.OPEN;
	}
}

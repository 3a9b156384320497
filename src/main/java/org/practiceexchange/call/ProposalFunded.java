package org.practiceexchange.call;

import java.util.List;

/**
 * Published when a programme manager releases the decisions of a call and this proposal is
 * funded. The project module listens and creates the project: lead, partners, theme,
 * practitioners with the release days their provider committed, and the named validator.
 */
public record ProposalFunded(Long proposalId, Long callId, Long programmeId, Long cohortId, String title,
		Long themeId, Long leadOrganisationId, Long leadPersonId, List<Long> partnerOrganisationIds,
		List<Practitioner> practitioners, Validator validator, String aims, String outcomes) {

	public ProposalFunded {
		partnerOrganisationIds = List.copyOf(partnerOrganisationIds);
		practitioners = List.copyOf(practitioners);
	}

	/** A practitioner named in the proposal; {@code personId} is set when they have an account. */
	public record Practitioner(String name, String email, Long personId, Long organisationId, int releaseDays) {
	}

	/**
	 * The external organisation that validates the outcomes, and its contact; {@code personId} is
	 * set when the contact has an account.
	 */
	public record Validator(String organisation, String contactName, String contactEmail, Long personId) {
	}
}

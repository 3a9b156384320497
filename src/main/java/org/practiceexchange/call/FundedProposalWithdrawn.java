package org.practiceexchange.call;

/**
 * Published when a funded proposal withdraws after its call's decisions were released (its lead or
 * the programme manager gave the reason). Its place goes back to the call, where a reserve may be
 * promoted; a promoted reserve is announced with {@link ProposalFunded} as at the release.
 */
public record FundedProposalWithdrawn(Long proposalId, Long callId, String title, String reason) {
}

/**
 * Calls for proposals: a programme manager publishes a call; provider leads bid in partnerships;
 * reviewers score proposals against the call's weighted criteria (never those of their own
 * organisations); the manager ranks, moderates and decides. A funded proposal is announced with
 * {@link org.practiceexchange.call.ProposalFunded}, which the project module turns into a project.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation",
		"programme", "notification", "resource" })
package org.practiceexchange.call;

/**
 * Reports and their sign-off: a practitioner's report of their inquiry (the nature of the
 * initiative, lessons about content and process, implications for improvement, with the
 * before/after measures) and a project's outcome report (partners' contributions, outcomes against
 * those promised). Draft, submitted, commented, revised, signed off; a correction after sign-off
 * makes a new version and the history keeps who did what and when. Each report renders to an A4
 * PDF whose pages are counted; a signed-off report can be published as an output in one step.
 * Other modules read signed-off reports through {@link org.practiceexchange.report.Reports}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "programme", "project",
		"inquiry", "resource", "notification" })
package org.practiceexchange.report;

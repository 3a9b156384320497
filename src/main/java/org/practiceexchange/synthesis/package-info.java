/**
 * The synthesis of learning across a programme, a cohort or a theme: figures that build themselves
 * from projects, inquiries, release time and outputs; the programme manager's narrative; lessons
 * quoted from evaluations with each practitioner's consent, grouped by the manager's codes; a
 * public version once published; PDF and CSV exports; and {@code GET /api/synthesis}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "programme",
		"project", "inquiry", "resource", "notification" })
package org.practiceexchange.synthesis;

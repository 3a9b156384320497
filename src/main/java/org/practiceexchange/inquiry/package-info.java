/**
 * Each practitioner's action-research inquiry inside a project: audit, plan, intervene,
 * re-audit, evaluate, complete, with measures, a versioned action plan and the mentor's
 * comments, an intervention log and an evaluation. Who may see what follows the project: the
 * practitioner, the project's mentor and facilitator, the programme manager, and the provider
 * lead for progress only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "project" })
package org.practiceexchange.inquiry;

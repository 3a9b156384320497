/**
 * Each practitioner's action-research inquiry inside a project: audit, plan, intervene,
 * re-audit, evaluate, complete, with measures, a versioned action plan and the mentor's
 * comments, an intervention log and an evaluation. Who may see what follows the project: the
 * practitioner, the project's mentor and facilitator, the programme manager, and the provider
 * lead for progress only. The hand-offs go by e-mail: a mentor's or facilitator's comment to the
 * practitioner, a new version of the plan and a move to the re-audit or the evaluation to the
 * project's research mentor (its facilitator when it has none).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "project", "notification" })
package org.practiceexchange.inquiry;

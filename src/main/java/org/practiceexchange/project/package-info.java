/**
 * Projects and groups inside a cohort: their members (each with a focus for their own setting),
 * sessions with attendance, the milestone board, release time, the mentor's support log and the
 * iCalendar feeds. Other modules read projects through
 * {@link org.practiceexchange.project.Projects}; the inquiry module adds its work to a project's
 * page through {@link org.practiceexchange.project.ProjectWork}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "programme", "call", "resource", "notification" })
package org.practiceexchange.project;

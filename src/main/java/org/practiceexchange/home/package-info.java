/**
 * Each signed-in person's home: what they have to do, gathered from every module through
 * {@link org.practiceexchange.shared.tasks.TaskSource}, at {@code /home} and
 * {@code GET /api/me/tasks}; and, for someone accepted onto a cohort who is in no project yet, what
 * happens next. No module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "programme", "project" })
package org.practiceexchange.home;

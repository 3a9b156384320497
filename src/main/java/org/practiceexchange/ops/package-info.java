/**
 * Operations: {@link org.practiceexchange.ops.Backup} takes and restores a consistent copy of
 * everything the app holds (the database, H2 file or PostgreSQL, and the uploaded files under the
 * data dir) for {@code bin/backup} and {@code bin/restore}. Plain JDBC and files, no Spring beans:
 * it runs without the web app. No module depends on it, and it depends on none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.practiceexchange.ops;

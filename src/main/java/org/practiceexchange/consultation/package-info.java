/**
 * Consultations put to the sector: the recommendation matrix (imported from a table), the
 * questionnaire, public responses and the manager's analysis of them, and the owned actions that
 * follow. No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "notification" })
package org.practiceexchange.consultation;

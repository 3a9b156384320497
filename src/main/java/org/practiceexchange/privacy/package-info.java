/**
 * Privacy and accountability: the audit trail of changes (written through
 * {@link org.practiceexchange.shared.privacy.Audit} by the modules that make them, read and exported
 * by programme managers), each person's subject access export (gathered from every module's
 * {@link org.practiceexchange.shared.privacy.PersonalData}) and the daily retention job (every
 * module's {@link org.practiceexchange.shared.privacy.RetentionRule}). No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.practiceexchange.privacy;

/**
 * The programme catalogue: programmes, their cohorts (waves), themes, and practitioners'
 * applications to join a cohort. Other modules read programmes through
 * {@link org.practiceexchange.programme.ProgrammeCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "notification" })
package org.practiceexchange.programme;

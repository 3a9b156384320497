/**
 * Providers and partner organisations: name, type and region. Other modules refer to an
 * organisation by id and read it through {@link org.practiceexchange.organisation.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.practiceexchange.organisation;

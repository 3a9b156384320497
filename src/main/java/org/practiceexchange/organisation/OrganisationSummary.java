package org.practiceexchange.organisation;

/** What other modules and the API may know of an organisation. */
public record OrganisationSummary(Long id, String name, OrganisationType type, Region region) {
}

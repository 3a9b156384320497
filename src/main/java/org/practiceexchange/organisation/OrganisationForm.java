package org.practiceexchange.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a programme manager enters for an organisation. */
public record OrganisationForm(
		@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{organisation.name.size}") String name,
		@NotNull(message = "{organisation.type.required}") OrganisationType type,
		@NotNull(message = "{organisation.region.required}") Region region) {

	public static OrganisationForm empty() {
		return new OrganisationForm("", null, null);
	}

	public static OrganisationForm of(OrganisationSummary organisation) {
		return new OrganisationForm(organisation.name(), organisation.type(), organisation.region());
	}
}

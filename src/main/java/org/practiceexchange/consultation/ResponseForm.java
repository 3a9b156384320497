package org.practiceexchange.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;

/**
 * About the respondent (all optional). {@code website} is a honeypot: hidden from people, it is
 * only ever filled in by robots. The answers themselves arrive as request parameters named after
 * their question ({@code q-12}, {@code rec-5}, {@code marks-5}).
 */
record ResponseForm(
		@Email(message = "{response.email.invalid}") @Size(max = 320, message = "{response.email.invalid}") String email,
		RespondentRole role, OrganisationType organisationType, Region region,
		@Size(max = 200) String website) {

	static ResponseForm empty() {
		return new ResponseForm("", null, null, null, "");
	}

	boolean filledByRobot() {
		return website != null && !website.isEmpty();
	}
}

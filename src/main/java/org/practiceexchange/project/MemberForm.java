package org.practiceexchange.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a practitioner to a project, from one of the project's organisations. */
record MemberForm(@NotNull(message = "{member.person.required}") Long personId,
		@NotNull(message = "{member.organisation.required}") Long organisationId,
		@Size(max = 500, message = "{member.focus.size}") String focus) {

	static MemberForm empty() {
		return new MemberForm(null, null, "");
	}
}

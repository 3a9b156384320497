package org.practiceexchange.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A category's name and group, as the manager renames and groups it. */
record CategoryForm(@NotBlank(message = "{category.name.required}") @Size(max = 200, message = "{category.name.size}") String name,
		@NotNull(message = "{category.group.required}") CategoryGroup group) {
}

package org.practiceexchange.project;

import jakarta.validation.constraints.Size;

/** A member's focus for their own setting, on the project page. */
record FocusForm(@Size(max = 500, message = "{project.focus.size}") String focus) {
}

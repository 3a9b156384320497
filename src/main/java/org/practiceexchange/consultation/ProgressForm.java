package org.practiceexchange.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Progress on an owned action: its new status and a note saying what has happened (checked by the action). */
record ProgressForm(@NotNull(message = "{action.status.required}") ActionStatus status,
		@Size(max = 2000, message = "{action.note.size}") String note) {
}

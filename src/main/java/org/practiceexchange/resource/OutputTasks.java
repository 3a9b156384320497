package org.practiceexchange.resource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Proposed outputs waiting for this person's approval: the programme manager's, or a validator's. */
@Component
@Transactional(readOnly = true)
class OutputTasks implements TaskSource {

	private final OutputService outputs;

	OutputTasks(OutputService outputs) {
		this.outputs = outputs;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		roles.forEach(role -> held.add(Role.valueOf(role)));
		if (!held.contains(Role.PROGRAMME_MANAGER) && !held.contains(Role.VALIDATOR)) {
			return List.of();
		}
		return outputs.awaiting(personId, held).stream()
			.map(output -> Task.of(asValidator(personId, output) ? Role.VALIDATOR.name() : Role.PROGRAMME_MANAGER.name(),
					"output-approval", "/approvals/outputs", null, "task.outputApproval", output.title()))
			.toList();
	}

	/** Whether the person approves it as the project's validator (else as a programme manager). */
	private boolean asValidator(Long personId, Output output) {
		return outputs.mayApprove(personId, Set.of(Role.VALIDATOR), output);
	}
}

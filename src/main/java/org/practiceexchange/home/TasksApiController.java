package org.practiceexchange.home;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class TasksApiController {

	private final MyTasks tasks;

	TasksApiController(MyTasks tasks) {
		this.tasks = tasks;
	}

	/** {@code due} is an ISO date, or null. */
	record TaskView(String kind, String title, String url, LocalDate due) {
	}

	@GetMapping("/api/me/tasks")
	@Operation(summary = "The caller's tasks across their roles, soonest first (undated ones last)")
	List<TaskView> mine(@AuthenticationPrincipal SignedInPerson me) {
		return tasks.of(me).stream().map(task -> new TaskView(task.kind(), task.title(), task.url(), task.due())).toList();
	}
}

package org.practiceexchange.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A person's tasks from every module, soonest first (undated ones last), with their titles written out. */
@Service
class MyTasks {

	/** A task as the home page and the API show it. */
	record MyTask(String role, String kind, String title, String url, LocalDate due) {
	}

	private static final Comparator<MyTask> SOONEST_FIRST = Comparator
		.comparing(MyTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MyTask::title);

	private final List<TaskSource> sources;

	private final MessageSource messages;

	private final Clock clock;

	MyTasks(List<TaskSource> sources, MessageSource messages, Clock clock) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	List<MyTask> of(SignedInPerson person) {
		Set<String> roles = person.roles().stream().map(Role::name).collect(Collectors.toSet());
		LocalDate today = LocalDate.now(clock);
		return sources.stream()
			.flatMap(source -> source.tasksFor(person.id(), roles, today).stream())
			.map(this::written)
			.sorted(SOONEST_FIRST)
			.toList();
	}

	private MyTask written(Task task) {
		String title = messages.getMessage(task.titleKey(), task.titleArgs().toArray(), Locale.UK);
		return new MyTask(task.role(), task.kind(), title, task.url(), task.due());
	}
}

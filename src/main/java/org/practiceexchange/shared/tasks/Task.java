package org.practiceexchange.shared.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * Something a person has to do, offered by the module that knows of it (see {@link TaskSource}).
 * {@code role} names the role it falls to (an {@code account.Role} name, e.g. {@code "MENTOR"}) so
 * the home page can group it; {@code kind} says what sort of task it is ({@code "inquiry-stage"});
 * {@code url} is where to do it; {@code due} is the day it falls due, or null. The title is
 * interface text: a message key and its arguments, resolved by whoever shows it.
 */
public record Task(String role, String kind, String url, LocalDate due, String titleKey, List<Object> titleArgs) {

	public Task {
		titleArgs = List.copyOf(titleArgs);
	}

	public static Task of(String role, String kind, String url, LocalDate due, String titleKey, Object... titleArgs) {
		return new Task(role, kind, url, due, titleKey, List.of(titleArgs));
	}
}

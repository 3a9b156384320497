package org.practiceexchange.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.AcceptedPlaces;
import org.practiceexchange.project.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/** Where each person lands after signing in: their tasks by role, or what happens next. */
@Controller
class HomeController {

	private final MyTasks tasks;

	private final AcceptedPlaces places;

	private final Projects projects;

	HomeController(MyTasks tasks, AcceptedPlaces places, Projects projects) {
		this.tasks = tasks;
		this.places = places;
		this.projects = projects;
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal SignedInPerson me, Model model) {
		Map<Role, List<MyTasks.MyTask>> byRole = new EnumMap<>(Role.class);
		for (MyTasks.MyTask task : tasks.of(me)) {
			byRole.computeIfAbsent(Role.valueOf(task.role()), role -> new java.util.ArrayList<>()).add(task);
		}
		model.addAttribute("person", me);
		model.addAttribute("tasksByRole", byRole);
		model.addAttribute("places", me.hasRole(Role.PRACTITIONER) && projects.involving(me.id()).isEmpty()
				? places.acceptedPlacesOf(me.id()) : List.of());
		return "home/home";
	}
}

package org.practiceexchange.project;

import java.util.Set;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project pages its people use: their list, a project's page and what they do on it. */
@Controller
class ProjectPageController {

	private final ProjectService projects;

	private final ProjectPages pages;

	private final SessionService sessions;

	private final ReleaseSupport releaseSupport;

	ProjectPageController(ProjectService projects, ProjectPages pages, SessionService sessions,
			ReleaseSupport releaseSupport) {
		this.projects = projects;
		this.pages = pages;
		this.sessions = sessions;
		this.releaseSupport = releaseSupport;
	}

	@GetMapping("/my/projects")
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("projects", projects.listFor(me));
		return "project/mine";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("page", pages.page(id, me));
		model.addAttribute("me", me);
		return "project/project";
	}

	@PostMapping("/projects/{id}/focus")
	String focus(@PathVariable Long id, @RequestParam(required = false) String focus,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (focus != null && focus.length() > 500) {
			redirect.addFlashAttribute("problem", "Keep your focus to 500 characters");
		}
		else {
			projects.changeFocus(id, me, focus);
			redirect.addFlashAttribute("flash", "Your focus has been saved.");
		}
		return back(id);
	}

	@PostMapping("/projects/{id}/milestones/{milestoneId}")
	String milestone(@PathVariable Long id, @PathVariable Long milestoneId, @RequestParam Long personId,
			@RequestParam boolean done, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The milestone board has been updated.",
				() -> sessions.markMilestone(id, milestoneId, personId, done, me));
	}

	@GetMapping("/projects/{id}/sessions/{sessionId}/attendance")
	String attendanceForm(@PathVariable Long id, @PathVariable Long sessionId,
			@AuthenticationPrincipal SignedInPerson me, Model model) {
		ProjectPages.Page page = pages.page(id, me);
		if (!page.supports()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the facilitator records attendance");
		}
		model.addAttribute("page", page);
		model.addAttribute("projectSession", sessions.session(id, sessionId));
		return "project/attendance";
	}

	@PostMapping("/projects/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable Long id, @PathVariable Long sessionId,
			@RequestParam(name = "present", required = false) Set<Long> present,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "Attendance has been recorded.",
				() -> sessions.recordAttendance(id, sessionId, me, present == null ? Set.of() : present));
	}

	@PostMapping("/projects/{id}/release")
	String commit(@PathVariable Long id, @Valid @ModelAttribute ReleaseForms.Commit form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, result, redirect);
		}
		return act(id, redirect, "The release time has been committed.", () -> releaseSupport.commit(id, me, form));
	}

	@PostMapping("/projects/{id}/release/use")
	String logUse(@PathVariable Long id, @Valid @ModelAttribute ReleaseForms.Use form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, result, redirect);
		}
		return act(id, redirect, "The days used have been logged.", () -> releaseSupport.logUse(id, me, form));
	}

	@PostMapping("/projects/{id}/support")
	String support(@PathVariable Long id, @Valid @ModelAttribute SupportForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, result, redirect);
		}
		return act(id, redirect, "The contact has been added to the support log.",
				() -> releaseSupport.recordContact(id, me, form));
	}

	private static String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return back(id);
	}

	private static String invalid(Long id, BindingResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", String.join(" ",
				result.getAllErrors().stream().map(error -> error.getDefaultMessage()).toList()));
		return back(id);
	}

	private static String back(Long id) {
		return "redirect:/projects/" + id;
	}
}

package org.practiceexchange.project;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormPost;
import org.springframework.security.access.AccessDeniedException;
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
		List<ProjectService.Visible> list = projects.listFor(me);
		model.addAttribute("projects", list);
		model.addAttribute("shortcuts", pages.shortcuts(list, me));
		return "project/mine";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		return page(id, me, model);
	}

	/**
	 * The project page with its forms: the one just posted keeps what was typed and its errors;
	 * the others start empty (the focus form with the member's current focus).
	 */
	private String page(Long id, SignedInPerson me, Model model) {
		ProjectPages.Page page = pages.page(id, me);
		model.addAttribute("page", page);
		model.addAttribute("me", me);
		if (!model.containsAttribute("focusForm")) {
			model.addAttribute("focusForm", new FocusForm(page.focusOf(me.id())));
		}
		if (!model.containsAttribute("releaseCommit")) {
			model.addAttribute("releaseCommit", new ReleaseForms.Commit(null, null, null));
		}
		if (!model.containsAttribute("releaseUse")) {
			model.addAttribute("releaseUse", new ReleaseForms.Use(null, null, null));
		}
		if (!model.containsAttribute("support")) {
			model.addAttribute("support", new SupportForm(null, null, null, null, null));
		}
		return "project/project";
	}

	@PostMapping("/projects/{id}/focus")
	String focus(@PathVariable Long id, @Valid @ModelAttribute("focusForm") FocusForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return submit(id, me, result, model, redirect, page -> page.role() == ProjectRole.MEMBER, "Your focus has been saved.",
				() -> projects.changeFocus(id, me, form.focus()));
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
			throw new AccessDeniedException("Only the facilitator records attendance");
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
	String commit(@PathVariable Long id, @Valid @ModelAttribute("releaseCommit") ReleaseForms.Commit form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return submit(id, me, result, model, redirect,
				page -> page.release().stream().anyMatch(ReleaseSupport.ReleaseRow::mayCommit), "The release time has been committed.",
				() -> releaseSupport.commit(id, me, form));
	}

	@PostMapping("/projects/{id}/release/use")
	String logUse(@PathVariable Long id, @Valid @ModelAttribute("releaseUse") ReleaseForms.Use form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return submit(id, me, result, model, redirect,
				page -> page.release().stream().anyMatch(ReleaseSupport.ReleaseRow::mayLog), "The days used have been logged.",
				() -> releaseSupport.logUse(id, me, form));
	}

	@PostMapping("/projects/{id}/support")
	String support(@PathVariable Long id, @Valid @ModelAttribute("support") SupportForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return submit(id, me, result, model, redirect, page -> page.role() == ProjectRole.SUPPORTER,
				"The contact has been added to the support log.",
				() -> releaseSupport.recordContact(id, me, form));
	}

	/**
	 * Does what a form on the project page asks, or shows the page again with the input and its
	 * errors. The action checks who may do it; input that fails validation never reaches it, so then
	 * the page's own view of the person ({@code mayUse}) refuses anyone the form is not for.
	 */
	private String submit(Long id, SignedInPerson me, BindingResult result, Model model, RedirectAttributes redirect,
			Predicate<ProjectPages.Page> mayUse, String done, Runnable action) {
		if (result.hasErrors() && !mayUse.test(pages.page(id, me))) {
			throw new AccessDeniedException("This form is not for you");
		}
		return FormPost.submit(result, () -> {
			action.run();
			redirect.addFlashAttribute("flash", done);
			return back(id);
		}, () -> page(id, me, model));
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

	private static String back(Long id) {
		return "redirect:/projects/" + id;
	}
}

package org.practiceexchange.consultation;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.RowForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager turns recommendations into owned actions and records their progress. */
@Controller
@RequestMapping("/manage/consultations/{id}/actions")
class OwnedActionController {

	private final ConsultationService consultations;

	private final OwnedActionService actions;

	OwnedActionController(ConsultationService consultations, OwnedActionService actions) {
		this.consultations = consultations;
		this.actions = actions;
	}

	@GetMapping
	String list(@PathVariable Long id, Model model) {
		return page(id, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		consultations.get(id);
		if (!result.hasErrors()) {
			try {
				actions.add(id, form);
				redirect.addFlashAttribute("flash", "The action has been added.");
				return "redirect:/manage/consultations/" + id + "/actions";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(id, model);
	}

	@PostMapping("/{actionId}/progress")
	String progress(@PathVariable Long id, @PathVariable Long actionId, @Valid @ModelAttribute("progress") ProgressForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		consultations.get(id);
		return FormPost.submit(result, () -> {
			actions.progress(id, actionId, form.status(), form.note(), me.id());
			redirect.addFlashAttribute("flash", "The progress has been recorded.");
			return "redirect:/manage/consultations/" + id + "/actions";
		}, () -> {
			RowForms.keep(model, "progress", actionId, result);
			String view = page(id, model);
			// a finished action takes no more progress, so its form is not on the page
			if (actions.list(id).stream().noneMatch(a -> a.id().equals(actionId) && !a.finished())) {
				FormPost.atTheTop(model, result);
			}
			return view;
		});
	}

	/** The actions, each with a form for its progress (the one just posted keeps what was typed), and the form to add one. */
	private String page(Long id, Model model) {
		List<OwnedActionService.ActionView> list = actions.list(id);
		model.addAttribute("view", consultations.get(id));
		model.addAttribute("actions", list);
		RowForms.fill(model, "progress", list, OwnedActionService.ActionView::id, a -> new ProgressForm(a.status(), ""));
		if (!model.containsAttribute("action")) {
			model.addAttribute("action", ActionForm.empty());
		}
		model.addAttribute("organisations", actions.organisations());
		model.addAttribute("statuses", List.of(ActionStatus.values()));
		return "consultation/actions";
	}
}

package org.practiceexchange.consultation;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		model.addAttribute("action", ActionForm.empty());
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
	String progress(@PathVariable Long id, @PathVariable Long actionId, @RequestParam ActionStatus status,
			@RequestParam(required = false) String note, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		consultations.get(id);
		try {
			actions.progress(id, actionId, status, note, me.id());
			redirect.addFlashAttribute("flash", "The progress has been recorded.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/consultations/" + id + "/actions";
	}

	private String page(Long id, Model model) {
		model.addAttribute("view", consultations.get(id));
		model.addAttribute("actions", actions.list(id));
		model.addAttribute("organisations", actions.organisations());
		model.addAttribute("statuses", List.of(ActionStatus.values()));
		return "consultation/actions";
	}
}

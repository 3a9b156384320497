package org.practiceexchange.consultation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sector's side: open consultations, and responding to one, signed in or not. */
@Controller
class PublicConsultationController {

	private final ConsultationService consultations;

	private final ResponseService responses;

	private final OwnedActionService actions;

	PublicConsultationController(ConsultationService consultations, ResponseService responses, OwnedActionService actions) {
		this.consultations = consultations;
		this.responses = responses;
		this.actions = actions;
	}

	@GetMapping("/consultations")
	String list(Model model) {
		model.addAttribute("consultations", consultations.published());
		return "consultation/public-list";
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable Long id, Model model) {
		ConsultationView view = consultations.getPublished(id);
		model.addAttribute("view", view);
		model.addAttribute("refusal", view.refusal());
		model.addAttribute("actions", actions.list(id));
		return "consultation/public";
	}

	@PostMapping("/consultations/{id}/responses")
	String start(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, HttpServletRequest request,
			RedirectAttributes redirect) {
		consultations.getPublished(id);
		try {
			String token = responses.start(id, me == null ? null : me.id(), request.getRemoteAddr());
			return "redirect:/consultations/respond/" + token;
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/consultations/" + id;
		}
	}

	@GetMapping("/consultations/respond/{token}")
	String response(@PathVariable String token, Model model) {
		ResponseView view = responses.view(token);
		model.addAttribute("response", view);
		model.addAttribute("about", view.about());
		return form(model, view);
	}

	@PostMapping("/consultations/respond/{token}")
	String save(@PathVariable String token, @Valid @ModelAttribute("about") ResponseForm form, BindingResult result,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse http) {
		ResponseView view = responses.view(token);
		if (view.submitted()) {
			http.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("response", view);
			model.addAttribute("about", view.about());
			return form(model, view);
		}
		if (form.filledByRobot()) {
			model.addAttribute("view", view.consultation());
			return "consultation/done";
		}
		boolean submit = "submit".equals(action);
		if (result.hasErrors()) {
			// Report the answers' problems with the form's, all on the first submit.
			model.addAttribute("answerProblems", responses.problems(token, params, submit));
		}
		else {
			try {
				responses.save(token, form, params, submit);
				if (submit) {
					return "redirect:/consultations/respond/" + token + "/done";
				}
				redirect.addFlashAttribute("flash", "Your draft has been saved. Keep your private link to come back to it.");
				return "redirect:/consultations/respond/" + token;
			}
			catch (AnswerProblems problems) {
				model.addAttribute("answerProblems", problems.problems());
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("response", new ResponseView(view.token(), view.status(), view.consultation(), params, form,
				view.submittedAt()));
		return form(model, view);
	}

	@GetMapping("/consultations/respond/{token}/done")
	String done(@PathVariable String token, Model model) {
		ResponseView view = responses.view(token);
		model.addAttribute("view", view.consultation());
		model.addAttribute("response", view);
		return "consultation/done";
	}

	@ExceptionHandler(TooManyResponses.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany() {
		return "consultation/too-many";
	}

	private String form(Model model, ResponseView view) {
		@SuppressWarnings("unchecked")
		List<AnswerProblems.Problem> problems = (List<AnswerProblems.Problem>) model.getAttribute("answerProblems");
		if (problems == null) {
			problems = List.of();
			model.addAttribute("answerProblems", problems);
		}
		// One message at each question: the first of its problems.
		model.addAttribute("answerError", problems.stream()
			.collect(Collectors.toMap(AnswerProblems.Problem::field, AnswerProblems.Problem::message, (first, next) -> first)));
		model.addAttribute("roles", List.of(RespondentRole.values()));
		model.addAttribute("organisationTypes", List.of(OrganisationType.values()));
		model.addAttribute("regions", List.of(Region.values()));
		return "consultation/respond";
	}
}

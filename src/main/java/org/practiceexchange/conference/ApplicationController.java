package org.practiceexchange.conference;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.resource.OutputSummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applying to present, and reviewing, scoring and selecting applications. */
@Controller
class ApplicationController {

	private final ConferenceService conferences;

	private final TalkService talks;

	ApplicationController(ConferenceService conferences, TalkService talks) {
		this.conferences = conferences;
		this.talks = talks;
	}

	@GetMapping("/conferences/{id}/apply")
	String applyForm(@PathVariable Long id, @RequestParam(required = false) String work,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		try {
			talks.checkMayApply(id);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/conferences/" + id;
		}
		List<PresentableWork.Work> mine = talks.workOf(me.id());
		PresentableWork.Work chosen = mine.stream().filter(w -> w.key().equals(work)).findFirst()
			.orElse(mine.size() == 1 ? mine.get(0) : null);
		model.addAttribute("application", chosen == null
				? new ConferenceForms.ApplicationForm("", "", "", List.of(), "", null) : ConferenceForms.ApplicationForm.of(chosen));
		return form(id, mine, chosen, model);
	}

	@PostMapping("/conferences/{id}/apply")
	String apply(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("application") ConferenceForms.ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ConferenceViews.ApplicationView saved = talks.apply(id, me, form);
				redirect.addFlashAttribute("flash", "Your application has been sent. We will e-mail you when we have decided.");
				return "redirect:/conference-applications/" + saved.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		List<PresentableWork.Work> mine = talks.workOf(me.id());
		model.addAttribute("showErrors", true);
		return form(id, mine, mine.stream().filter(w -> w.key().equals(form.workKey())).findFirst().orElse(null), model);
	}

	@GetMapping("/conferences/{id}/applications")
	String forReview(@PathVariable Long id, Model model) {
		model.addAttribute("edition", conferences.find(id));
		model.addAttribute("applications", talks.forReview(id));
		return "conference/review";
	}

	@GetMapping("/conference-applications/{id}")
	String view(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ConferenceViews.ApplicationView application = talks.visible(id, me);
		model.addAttribute("app", application);
		model.addAttribute("mayReview", TalkService.mayReview(me) && !application.applicantId().equals(me.id()));
		model.addAttribute("mine", application.applicantId().equals(me.id()));
		if (!model.containsAttribute("score")) {
			model.addAttribute("score", application.scores().stream().filter(s -> s.reviewerId().equals(me.id()))
				.findFirst().map(s -> new ConferenceForms.ScoreForm(String.valueOf(s.score()), s.comments()))
				.orElse(ConferenceForms.ScoreForm.empty()));
		}
		return "conference/application";
	}

	@PostMapping("/conference-applications/{id}/score")
	String score(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("score") ConferenceForms.ScoreForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		talks.visible(id, me);
		if (!result.hasErrors()) {
			try {
				talks.score(id, me, form);
				redirect.addFlashAttribute("flash", "Your score has been saved.");
				return "redirect:/conference-applications/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return view(id, me, model);
	}

	@PostMapping("/conference-applications/{id}/decision")
	String decide(@PathVariable Long id, @RequestParam(required = false) String decision,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		talks.visible(id, me);
		if (!"SELECT".equals(decision) && !"DECLINE".equals(decision)) {
			redirect.addFlashAttribute("problem", "Choose whether to select or decline the talk");
			return "redirect:/conference-applications/" + id;
		}
		try {
			talks.decide(id, me, "SELECT".equals(decision));
			redirect.addFlashAttribute("flash", "SELECT".equals(decision)
					? "The talk has been selected and the applicant told by e-mail."
					: "The application has been declined and the applicant told by e-mail.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/conference-applications/" + id;
	}

	@PostMapping("/conference-applications/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		try {
			talks.withdraw(id, me);
			redirect.addFlashAttribute("flash", "Your application has been withdrawn.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/conference-applications/" + id;
	}

	private String form(Long id, List<PresentableWork.Work> mine, PresentableWork.Work chosen, Model model) {
		Map<Long, OutputSummary> outputs = talks.outputsOf(mine);
		model.addAttribute("edition", conferences.find(id));
		model.addAttribute("work", mine);
		model.addAttribute("chosen", chosen);
		model.addAttribute("themes", talks.themes());
		model.addAttribute("outputs", chosen == null ? List.of()
				: chosen.outputIds().stream().map(outputs::get).filter(o -> o != null)
					.map(o -> new ConferenceViews.Choice(o.id(), o.title())).toList());
		return "conference/apply";
	}
}

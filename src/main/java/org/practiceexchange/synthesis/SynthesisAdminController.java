package org.practiceexchange.synthesis;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
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

/** The programme manager's syntheses (every route under /manage is theirs alone). */
@Controller
@RequestMapping("/manage/syntheses")
class SynthesisAdminController {

	private final SynthesisService syntheses;

	private final QuoteService quotes;

	private final ProgrammeCatalogue catalogue;

	SynthesisAdminController(SynthesisService syntheses, QuoteService quotes, ProgrammeCatalogue catalogue) {
		this.syntheses = syntheses;
		this.quotes = quotes;
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("create")) {
			model.addAttribute("create", SynthesisForms.Create.empty());
		}
		model.addAttribute("syntheses", syntheses.all());
		model.addAttribute("programmes", catalogue.all());
		model.addAttribute("themes", catalogue.allThemes());
		return "synthesis/manage-list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("create") SynthesisForms.Create form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Views.Summary created = syntheses.create(me, form);
				redirect.addFlashAttribute("flash", "The synthesis has been started. Add its narrative and choose lessons to quote.");
				return "redirect:/manage/syntheses/" + created.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(model);
	}

	@GetMapping("/{id}")
	String manage(@PathVariable Long id, Model model) {
		if (!model.containsAttribute("section")) {
			model.addAttribute("section", SynthesisForms.NewSection.empty());
		}
		if (!model.containsAttribute("code")) {
			model.addAttribute("code", SynthesisForms.NewCode.empty());
		}
		model.addAttribute("view", syntheses.manage(id));
		return "synthesis/manage";
	}

	@PostMapping("/{id}/sections")
	String addSection(@PathVariable Long id, @Valid @ModelAttribute("section") SynthesisForms.NewSection form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				syntheses.addSection(id, form);
				redirect.addFlashAttribute("flash", "The section has been added.");
				return "redirect:/manage/syntheses/" + id + "#narrative";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return manage(id, model);
	}

	@PostMapping("/{id}/sections/{sectionId}/delete")
	String removeSection(@PathVariable Long id, @PathVariable Long sectionId, RedirectAttributes redirect) {
		syntheses.removeSection(id, sectionId);
		redirect.addFlashAttribute("flash", "The section has been removed.");
		return "redirect:/manage/syntheses/" + id + "#narrative";
	}

	@PostMapping("/{id}/codes")
	String addCode(@PathVariable Long id, @Valid @ModelAttribute("code") SynthesisForms.NewCode form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				syntheses.addCode(id, form);
				redirect.addFlashAttribute("flash", "The code has been added.");
				return "redirect:/manage/syntheses/" + id + "#codes";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return manage(id, model);
	}

	@PostMapping("/{id}/quotes")
	String choose(@PathVariable Long id, @RequestParam(required = false) Long inquiryId,
			@RequestParam(required = false) Lesson lesson, @RequestParam(required = false) Long codeId,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		syntheses.load(id);
		if (inquiryId == null || lesson == null) {
			redirect.addFlashAttribute("problem", "Choose a lesson to quote");
			return "redirect:/manage/syntheses/" + id + "#lessons";
		}
		try {
			quotes.choose(id, me, new SynthesisForms.Choose(inquiryId, lesson, codeId));
			redirect.addFlashAttribute("flash", "The practitioner has been asked by e-mail whether they agree to be quoted.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/syntheses/" + id + "#quotes";
	}

	@PostMapping("/{id}/quotes/{quoteId}/code")
	String tag(@PathVariable Long id, @PathVariable Long quoteId, @RequestParam(required = false) Long codeId,
			RedirectAttributes redirect) {
		try {
			syntheses.tag(id, quoteId, codeId);
			redirect.addFlashAttribute("flash", "The quote's code has been saved.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/syntheses/" + id + "#quotes";
	}

	@PostMapping("/{id}/quotes/{quoteId}/delete")
	String removeQuote(@PathVariable Long id, @PathVariable Long quoteId, RedirectAttributes redirect) {
		syntheses.removeQuote(id, quoteId);
		redirect.addFlashAttribute("flash", "The quote has been removed.");
		return "redirect:/manage/syntheses/" + id + "#quotes";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		syntheses.publish(id);
		redirect.addFlashAttribute("flash", "The synthesis is published. Anyone can read it, with consented quotes only.");
		return "redirect:/manage/syntheses/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
		syntheses.withdraw(id);
		redirect.addFlashAttribute("flash", "The synthesis is no longer public.");
		return "redirect:/manage/syntheses/" + id;
	}
}

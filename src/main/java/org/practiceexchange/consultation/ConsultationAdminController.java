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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme manager's consultations: list, create, describe, open and close, questions and categories. */
@Controller
@RequestMapping("/manage/consultations")
class ConsultationAdminController {

	enum Action {
		OPEN, CLOSE
	}

	private final ConsultationService consultations;

	ConsultationAdminController(ConsultationService consultations) {
		this.consultations = consultations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("consultations", consultations.all());
		model.addAttribute("consultation", ConsultationForm.empty());
		return "consultation/manage-list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("consultation") ConsultationForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = consultations.create(form, me.id());
				redirect.addFlashAttribute("flash", "The consultation has been created as a draft. Import its recommendations next.");
				return "redirect:/manage/consultations/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("consultations", consultations.all());
		return "consultation/manage-list";
	}

	@GetMapping("/{id}")
	String overview(@PathVariable Long id, Model model) {
		ConsultationView view = consultations.get(id);
		model.addAttribute("consultation", ConsultationForm.of(view));
		model.addAttribute("question", QuestionForm.empty());
		return overview(model, view);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable Long id, @Valid @ModelAttribute("consultation") ConsultationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView view = consultations.get(id);
		if (!result.hasErrors()) {
			try {
				consultations.describe(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/consultations/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("question", QuestionForm.empty());
		return overview(model, view);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable Long id, @RequestParam Action action, RedirectAttributes redirect) {
		consultations.get(id);
		try {
			if (action == Action.OPEN) {
				consultations.open(id);
				redirect.addFlashAttribute("flash", "The consultation is open. Its questions and recommendations are now fixed.");
			}
			else {
				consultations.close(id);
				redirect.addFlashAttribute("flash", "The consultation is closed. Its responses are kept as they were submitted.");
			}
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/consultations/" + id;
	}

	@PostMapping("/{id}/questions")
	String addQuestion(@PathVariable Long id, @Valid @ModelAttribute("question") QuestionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView view = consultations.get(id);
		if (!result.hasErrors()) {
			try {
				consultations.addQuestion(id, form);
				redirect.addFlashAttribute("flash", "The question has been added.");
				return "redirect:/manage/consultations/" + id + "#questions";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
				model.addAttribute("problem", ex.getMessage());
			}
		}
		model.addAttribute("consultation", ConsultationForm.of(view));
		return overview(model, view);
	}

	@PostMapping("/{id}/questions/standard")
	String addStandardQuestions(@PathVariable Long id, RedirectAttributes redirect) {
		consultations.get(id);
		try {
			consultations.addStandardQuestions(id);
			redirect.addFlashAttribute("flash", "The standard questions have been added. Remove any you do not need.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/consultations/" + id + "#questions";
	}

	@PostMapping("/{id}/questions/{questionId}/remove")
	String removeQuestion(@PathVariable Long id, @PathVariable Long questionId, RedirectAttributes redirect) {
		consultations.get(id);
		try {
			consultations.removeQuestion(id, questionId);
			redirect.addFlashAttribute("flash", "The question has been removed.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/consultations/" + id + "#questions";
	}

	@GetMapping("/{id}/categories")
	String categories(@PathVariable Long id, Model model) {
		categoriesPage(consultations.get(id), model);
		return "consultation/categories";
	}

	/** The categories, each with its own form to rename and group it (the one just posted keeps what was typed). */
	private void categoriesPage(ConsultationView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("groups", List.of(CategoryGroup.values()));
		RowForms.fill(model, "category", view.categories(), ConsultationView.CategoryView::id,
				category -> new CategoryForm(category.name(), category.group()));
	}

	@PostMapping("/{id}/categories/{categoryId}")
	String renameCategory(@PathVariable Long id, @PathVariable Long categoryId, @Valid @ModelAttribute("category") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ConsultationView view = consultations.get(id);
		return FormPost.submit(result, () -> {
			consultations.renameCategory(id, categoryId, form.name(), form.group());
			redirect.addFlashAttribute("flash", "The category has been saved.");
			return "redirect:/manage/consultations/" + id + "/categories";
		}, () -> {
			RowForms.keep(model, "category", categoryId, result);
			categoriesPage(view, model);
			if (view.categories().stream().noneMatch(category -> category.id().equals(categoryId))) {
				FormPost.atTheTop(model, result);
			}
			return "consultation/categories";
		});
	}

	private String overview(Model model, ConsultationView view) {
		model.addAttribute("view", view);
		model.addAttribute("kinds", List.of(QuestionKind.values()));
		return "consultation/manage";
	}
}

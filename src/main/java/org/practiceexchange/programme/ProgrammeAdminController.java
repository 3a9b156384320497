package org.practiceexchange.programme;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
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

/** A programme manager's programmes and their cohorts: create, edit, open, close, relaunch. */
@Controller
@RequestMapping("/manage/programmes")
class ProgrammeAdminController {

	private final ProgrammeService programmes;

	ProgrammeAdminController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProgrammeStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", List.of(ProgrammeStatus.values()));
		model.addAttribute("page", programmes.search(q, null, status, null,
				PageRequest.of(Math.max(page, 0), 25, CatalogueController.ORDER)));
		return "programme/manage-list";
	}

	@GetMapping("/new")
	String newProgramme(Model model) {
		model.addAttribute("programme", ProgrammeForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("programme") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ProgrammeSummary created = programmes.create(form);
				redirect.addFlashAttribute("flash", created.name() + " has been added. Add its first cohort below.");
				return "redirect:/manage/programmes/" + created.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		ProgrammeSummary existing = load(id);
		model.addAttribute("programme", ProgrammeForm.of(existing));
		return form(model, existing);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("programme") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammeSummary existing = load(id);
		if (!result.hasErrors()) {
			try {
				programmes.update(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/programmes/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, existing);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable Long id, @RequestParam(required = false) ProgrammeService.Action action,
			RedirectAttributes redirect) {
		load(id);
		if (action == null) {
			redirect.addFlashAttribute("problem", "Choose what to do with the programme");
			return "redirect:/manage/programmes/" + id;
		}
		try {
			ProgrammeSummary programme = programmes.act(id, action);
			redirect.addFlashAttribute("flash", "The programme is now " + programme.status().name().toLowerCase() + ".");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/programmes/" + id;
	}

	@GetMapping("/{id}/cohorts/new")
	String newCohort(@PathVariable Long id, Model model) {
		model.addAttribute("cohort", CohortForm.empty());
		return cohortForm(model, load(id), null);
	}

	@PostMapping("/{id}/cohorts/new")
	String addCohort(@PathVariable Long id, @Valid @ModelAttribute("cohort") CohortForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammeSummary programme = load(id);
		if (!result.hasErrors()) {
			try {
				CohortSummary cohort = programmes.addCohort(id, form);
				redirect.addFlashAttribute("flash", cohort.name() + " has been added. Open it when it should take applications.");
				return "redirect:/manage/programmes/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return cohortForm(model, programme, null);
	}

	@GetMapping("/{id}/cohorts/{cohortId}")
	String editCohort(@PathVariable Long id, @PathVariable Long cohortId, Model model) {
		ProgrammeSummary programme = load(id);
		CohortSummary cohort = cohortOf(programme, cohortId);
		model.addAttribute("cohort", CohortForm.of(cohort));
		return cohortForm(model, programme, cohort);
	}

	@PostMapping("/{id}/cohorts/{cohortId}")
	String updateCohort(@PathVariable Long id, @PathVariable Long cohortId,
			@Valid @ModelAttribute("cohort") CohortForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammeSummary programme = load(id);
		CohortSummary cohort = cohortOf(programme, cohortId);
		if (!result.hasErrors()) {
			try {
				programmes.updateCohort(cohortId, form);
				redirect.addFlashAttribute("flash", "The cohort has been saved.");
				return "redirect:/manage/programmes/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return cohortForm(model, programme, cohort);
	}

	@PostMapping("/{id}/cohorts/{cohortId}/status")
	String changeCohortStatus(@PathVariable Long id, @PathVariable Long cohortId,
			@RequestParam(required = false) ProgrammeService.CohortAction action, RedirectAttributes redirect) {
		cohortOf(load(id), cohortId);
		if (action == null) {
			redirect.addFlashAttribute("problem", "Choose what to do with the cohort");
			return "redirect:/manage/programmes/" + id;
		}
		try {
			CohortSummary cohort = programmes.actOnCohort(cohortId, action);
			redirect.addFlashAttribute("flash", cohort.name() + " is now " + cohort.status().name().toLowerCase() + ".");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/programmes/" + id;
	}

	private ProgrammeSummary load(Long id) {
		return programmes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme", id));
	}

	private static CohortSummary cohortOf(ProgrammeSummary programme, Long cohortId) {
		return programme.cohorts().stream().filter(c -> c.id().equals(cohortId)).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Cohort", cohortId));
	}

	private String form(Model model, ProgrammeSummary existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("models", List.of(ProgrammeModel.values()));
		model.addAttribute("themes", programmes.activeThemes());
		return "programme/manage-form";
	}

	private String cohortForm(Model model, ProgrammeSummary programme, CohortSummary existing) {
		model.addAttribute("programmeSummary", programme);
		model.addAttribute("existing", existing);
		return "programme/cohort-form";
	}
}

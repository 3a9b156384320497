package org.practiceexchange.organisation;

import jakarta.validation.Valid;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

@Controller
@RequestMapping("/manage/organisations")
class OrganisationAdminController {

	private final Organisations organisations;

	OrganisationAdminController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
			@RequestParam(required = false) Region region, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("region", region);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("page", organisations.search(q, type, region, PageRequest.of(Math.max(page, 0), 25, Sort.by("name"))));
		return "organisation/list";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		model.addAttribute("organisation", OrganisationForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OrganisationSummary created = organisations.create(form);
				redirect.addFlashAttribute("flash", created.name() + " has been added.");
				return "redirect:/manage/organisations";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		OrganisationSummary existing = load(id);
		model.addAttribute("organisation", OrganisationForm.of(existing));
		return form(model, existing);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("organisation") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary existing = load(id);
		if (!result.hasErrors()) {
			try {
				organisations.update(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/organisations";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, existing);
	}

	private OrganisationSummary load(Long id) {
		return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
	}

	private String form(Model model, OrganisationSummary existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("types", java.util.List.of(OrganisationType.values()));
		model.addAttribute("regions", java.util.List.of(Region.values()));
		return "organisation/form";
	}
}

package org.practiceexchange.organisation;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.shared.export.Downloads;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
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

/** A programme manager's organisations: find, add, edit, and export the list as CSV or XLSX. */
@Controller
@RequestMapping("/manage/organisations")
class OrganisationAdminController {

	private final Organisations organisations;

	private final MessageSource messages;

	OrganisationAdminController(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
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

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Region region) {
		return Downloads.csv("organisations", exportHeader(), exportRows(q, type, region));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Region region) {
		return Downloads.xlsx("organisations", text("organisations.title"), exportHeader(), exportRows(q, type, region));
	}

	private List<String> exportHeader() {
		return List.of(text("organisation.name"), text("organisation.type"), text("organisation.region"));
	}

	/** Every organisation the filters find, by name, one row each. */
	private List<List<Object>> exportRows(String q, OrganisationType type, Region region) {
		return organisations.search(q, type, region, Pageable.unpaged(Sort.by("name", "id")))
			.stream()
			.map(o -> List.<Object>of(o.name(), text("organisationType." + o.type()), text("region." + o.region())))
			.toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
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
		model.addAttribute("types", List.of(OrganisationType.values()));
		model.addAttribute("regions", List.of(Region.values()));
		return "organisation/form";
	}
}

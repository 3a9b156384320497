package org.practiceexchange.account;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.practiceexchange.shared.export.Downloads;
import org.springframework.http.ResponseEntity;
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

/** A programme manager's list of people: find, add and invite, change roles, deactivate. */
@Controller
@RequestMapping("/manage/people")
class PeopleAdminController {

	static final int PAGE_SIZE = 25;

	private final AccountService accounts;

	private final PeopleDirectory people;

	private final Organisations organisations;

	private final org.springframework.context.MessageSource messages;

	PeopleAdminController(AccountService accounts, PeopleDirectory people, Organisations organisations,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.people = people;
		this.organisations = organisations;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) PersonStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", PersonStatus.values());
		model.addAttribute("page", people.search(q, role, status, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name"))));
		return "account/people";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) PersonStatus status) {
		return Downloads.csv("people", exportHeader(), exportRows(q, role, status));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) PersonStatus status) {
		return Downloads.xlsx("people", text("people.title"), exportHeader(), exportRows(q, role, status));
	}

	private List<String> exportHeader() {
		return List.of(text("person.name"), text("person.email"), text("person.roles"), text("person.organisations"),
				text("person.status"));
	}

	private List<List<Object>> exportRows(String q, Role role, PersonStatus status) {
		List<PersonSummary> found = people.search(q, role, status, org.springframework.data.domain.Pageable.unpaged(Sort.by("name")))
			.getContent();
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		organisations.findAll(found.stream().flatMap(p -> p.organisationIds().stream()).distinct().toList())
			.forEach(o -> names.put(o.id(), o.name()));
		return found.stream().map(person -> List.<Object>of(person.name(), person.email(),
				String.join(", ", person.roles().stream().sorted().map(r -> text("role." + r)).toList()),
				String.join(", ", person.organisationIds().stream().map(id -> names.getOrDefault(id, "")).toList()),
				text("status." + person.status()))).toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		model.addAttribute("person", AccountForms.PersonDetails.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String invite(@Valid @ModelAttribute("person") AccountForms.PersonDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PersonSummary person = accounts.invite(form);
				redirect.addFlashAttribute("flash", person.name() + " has been added and sent an invitation.");
				return "redirect:/manage/people/" + person.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		PersonSummary person = load(id);
		model.addAttribute("person", AccountForms.PersonDetails.of(person));
		return form(model, person);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("person") AccountForms.PersonDetails form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PersonSummary existing = load(id);
		if (!result.hasErrors()) {
			try {
				accounts.update(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/people/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, existing);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The account has been deactivated. Their records are kept.",
				() -> accounts.deactivate(id, me.id()));
	}

	@GetMapping("/{id}/erasure")
	String confirmErasure(@PathVariable Long id, Model model) {
		model.addAttribute("existing", load(id));
		model.addAttribute("placeholder", Person.placeholderName(id));
		return "account/erasure";
	}

	@PostMapping("/{id}/erasure")
	String erase(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The account has been erased. Their work is kept under a placeholder name.",
				() -> accounts.erase(id, me.id()));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "The account has been reactivated.", () -> accounts.reactivate(id));
	}

	@PostMapping("/{id}/invitation")
	String resendInvitation(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "The invitation has been sent again.", () -> accounts.resendInvitation(id));
	}

	private String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		load(id);
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/people/" + id;
	}

	private PersonSummary load(Long id) {
		return people.find(id).orElseThrow(() -> new RecordNotFoundException("Person", id));
	}

	private String form(Model model, PersonSummary existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("organisations", organisations.all());
		return "account/person";
	}
}

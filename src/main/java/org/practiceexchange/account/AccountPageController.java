package org.practiceexchange.account;

import jakarta.validation.Valid;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: details, organisations, password. */
@Controller
class AccountPageController {

	private final AccountService accounts;

	private final PeopleDirectory people;

	private final Organisations organisations;

	AccountPageController(AccountService accounts, PeopleDirectory people, Organisations organisations) {
		this.accounts = accounts;
		this.people = people;
		this.organisations = organisations;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInPerson me, Model model) {
		PersonSummary person = people.find(me.id()).orElseThrow();
		model.addAttribute("profile", new AccountForms.Profile(person.name(), person.organisationIds()));
		model.addAttribute("changePassword", AccountForms.ChangePassword.empty());
		return page(person, model);
	}

	@PostMapping("/account/profile")
	String changeProfile(@AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("profile") AccountForms.Profile profile, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.changeProfile(me.id(), profile);
				redirect.addFlashAttribute("flash", "Your details have been saved.");
				return "redirect:/account";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("changePassword", AccountForms.ChangePassword.empty());
		return page(people.find(me.id()).orElseThrow(), model);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("changePassword") AccountForms.ChangePassword form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PersonSummary person = people.find(me.id()).orElseThrow();
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(me.id(), form);
				redirect.addFlashAttribute("flash", "Your password has been changed.");
				return "redirect:/account";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("profile", new AccountForms.Profile(person.name(), person.organisationIds()));
		return page(person, model);
	}

	private String page(PersonSummary person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("personOrganisations", organisations.findAll(person.organisationIds()));
		model.addAttribute("organisations", organisations.all());
		return "account/account";
	}
}

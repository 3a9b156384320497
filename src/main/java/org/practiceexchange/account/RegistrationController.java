package org.practiceexchange.account;

import jakarta.validation.Valid;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RegistrationController {

	private final AccountService accounts;

	private final Organisations organisations;

	RegistrationController(AccountService accounts, Organisations organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping("/register")
	String newRegistration(Model model) {
		model.addAttribute("registration", AccountForms.Registration.empty());
		return form(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") AccountForms.Registration registration, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				accounts.register(registration);
				return "account/registered";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	@GetMapping("/register/verify")
	String verify(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("verified", accounts.verifyEmail(token));
		return "account/verified";
	}

	private String form(Model model) {
		model.addAttribute("organisations", organisations.all());
		return "account/register";
	}
}

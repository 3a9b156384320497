package org.practiceexchange.account;

import jakarta.validation.Valid;
import org.practiceexchange.account.AccountToken.Purpose;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten passwords, and invitations: both end with the person choosing a password. */
@Controller
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("forgotPassword", new AccountForms.ForgotPassword(""));
		return "account/forgot-password";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute("forgotPassword") AccountForms.ForgotPassword form, BindingResult result) {
		if (result.hasErrors()) {
			return "account/forgot-password";
		}
		accounts.requestPasswordReset(form.email());
		return "account/reset-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		return choosePassword(token, Purpose.RESET_PASSWORD, model);
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token,
			@Valid @ModelAttribute("newPassword") AccountForms.NewPassword form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return savePassword(token, Purpose.RESET_PASSWORD, form, result, model, redirect);
	}

	@GetMapping("/invitation")
	String invitationForm(@RequestParam(required = false) String token, Model model) {
		return choosePassword(token, Purpose.INVITATION, model);
	}

	@PostMapping("/invitation")
	String acceptInvitation(@RequestParam(required = false) String token,
			@Valid @ModelAttribute("newPassword") AccountForms.NewPassword form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return savePassword(token, Purpose.INVITATION, form, result, model, redirect);
	}

	private String choosePassword(String token, Purpose purpose, Model model) {
		if (!accounts.isUsable(token, purpose)) {
			return "account/link-expired";
		}
		model.addAttribute("newPassword", AccountForms.NewPassword.empty());
		return page(token, purpose, model);
	}

	private String savePassword(String token, Purpose purpose, AccountForms.NewPassword form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!accounts.isUsable(token, purpose)) {
			return "account/link-expired";
		}
		if (!result.hasErrors()) {
			try {
				if (purpose == Purpose.INVITATION) {
					accounts.acceptInvitation(token, form);
				}
				else {
					accounts.resetPassword(token, form);
				}
				return "redirect:/login?passwordSet";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(token, purpose, model);
	}

	private static String page(String token, Purpose purpose, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", purpose == Purpose.INVITATION);
		return "account/choose-password";
	}
}

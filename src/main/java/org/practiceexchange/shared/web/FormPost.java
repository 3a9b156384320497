package org.practiceexchange.shared.web;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.practiceexchange.shared.DomainRuleException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The shape of a form post: do what it asks and go on (usually a redirect), or show the same page
 * again with what was typed and each message beside its field (HTTP 200). Input that fails
 * validation never reaches the action; a broken domain rule comes back beside its field through
 * {@link FormErrors}.
 *
 * <pre>
 * return FormPost.submit(result, () -> {
 *     service.change(id, form);
 *     redirect.addFlashAttribute("flash", "Saved.");
 *     return "redirect:/things/" + id;
 * }, () -> page(id, model));
 * </pre>
 */
public final class FormPost {

	private FormPost() {
	}

	public static String submit(BindingResult result, Supplier<String> act, Supplier<String> showAgain) {
		if (!result.hasErrors()) {
			try {
				return act.get();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showAgain.get();
	}

	/**
	 * When the page shown again no longer has the posted form (its row has been decided, or has moved
	 * off the page), its messages go at the top of the page instead, in the page's problem notice.
	 */
	public static void atTheTop(Model model, BindingResult result) {
		model.addAttribute("problem", result.getAllErrors().stream().map(error -> error.getDefaultMessage())
			.collect(Collectors.joining(" ")));
	}
}

package org.practiceexchange.synthesis;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's requests to quote their lessons, and their answer to each. */
@Controller
@RequestMapping("/my/quotes")
class ConsentController {

	private final QuoteService quotes;

	ConsentController(QuoteService quotes) {
		this.quotes = quotes;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("requests", quotes.mine(me));
		return "synthesis/my-quotes";
	}

	@GetMapping("/{id}")
	String one(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("request", quotes.one(me, id));
		return "synthesis/my-quote";
	}

	@PostMapping("/{id}")
	String decide(@PathVariable Long id, @RequestParam(required = false) String answer,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		Views.Request request = quotes.one(me, id);
		if (!"GIVE".equals(answer) && !"REFUSE".equals(answer)) {
			model.addAttribute("request", request);
			model.addAttribute("answerError", "Say whether we may quote these words");
			return "synthesis/my-quote";
		}
		quotes.decide(me, id, "GIVE".equals(answer));
		redirect.addFlashAttribute("flash", "GIVE".equals(answer) ? "Thank you. These words may now be quoted."
				: "Your words will not be quoted.");
		return "redirect:/my/quotes";
	}
}

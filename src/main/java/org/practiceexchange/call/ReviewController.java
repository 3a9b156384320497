package org.practiceexchange.call;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A reviewer's assignments: read the proposal, score each criterion, or declare a conflict of interest. */
@Controller
class ReviewController {

	private final ReviewService reviews;

	private final ProposalService proposals;

	ReviewController(ReviewService reviews, ProposalService proposals) {
		this.reviews = reviews;
		this.proposals = proposals;
	}

	@GetMapping("/my/reviews")
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("assignments", reviews.mine(me));
		return "call/my-reviews";
	}

	@GetMapping("/reviews/{id}")
	String review(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ReviewService.AssignmentView assignment = reviews.find(me, id);
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new ProposalForms.Review(null, null, null, ""));
		}
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", new ProposalForms.Conflict(""));
		}
		model.addAttribute("assignment", assignment);
		model.addAttribute("proposal", proposals.view(me, assignment.proposalId()));
		model.addAttribute("others", reviews.others(me, id));
		model.addAttribute("recommendations", Decision.values());
		return "call/review";
	}

	@PostMapping("/reviews/{id}")
	String submit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("review") ProposalForms.Review form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				reviews.submit(me, id, form);
				redirect.addFlashAttribute("flash", "Your review has been submitted. You can now see the other reviews of this proposal.");
				return "redirect:/reviews/" + id;
			}
			catch (DomainRuleException ex) {
				result.reject("rule", ex.getMessage());
			}
		}
		return review(id, me, model);
	}

	@PostMapping("/reviews/{id}/conflict")
	String conflict(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("conflict") ProposalForms.Conflict form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			reviews.declareConflict(me, id, form.reason());
			redirect.addFlashAttribute("flash", "Your conflict of interest has been recorded and the proposal removed from your reviews.");
			return "redirect:/my/reviews";
		}, () -> {
			// the page finds only the reviewer's own assignment; once submitted it no longer shows this form
			String view = review(id, me, model);
			if (((ReviewService.AssignmentView) model.getAttribute("assignment")).status() != AssignmentStatus.ASSIGNED) {
				FormPost.atTheTop(model, result);
			}
			return view;
		});
	}
}

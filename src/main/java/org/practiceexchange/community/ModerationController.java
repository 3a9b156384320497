package org.practiceexchange.community;

import java.util.Map;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hiding posts, members' reports and the moderators' queue. */
@Controller
class ModerationController {

	private final CommunityService communities;

	private final Conversations conversations;

	ModerationController(CommunityService communities, Conversations conversations) {
		this.communities = communities;
		this.conversations = conversations;
	}

	@PostMapping("/communities/{id}/posts/{postId}/hide")
	String hide(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		Long threadId = conversations.hide(id, postId, me, true);
		redirect.addFlashAttribute("flash", "The post is hidden: members see a notice in its place.");
		return "redirect:/communities/" + id + "/threads/" + threadId + "#post-" + postId;
	}

	@PostMapping("/communities/{id}/posts/{postId}/unhide")
	String unhide(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		Long threadId = conversations.hide(id, postId, me, false);
		redirect.addFlashAttribute("flash", "The post is shown to members again.");
		return "redirect:/communities/" + id + "/threads/" + threadId + "#post-" + postId;
	}

	@GetMapping("/communities/{id}/posts/{postId}/report")
	String reportForm(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("report", CommunityForms.Report.empty());
		return reportPage(id, postId, me, model, redirect);
	}

	@PostMapping("/communities/{id}/posts/{postId}/report")
	String report(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("report") CommunityForms.Report form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long threadId = conversations.report(id, postId, me, form.reason());
				redirect.addFlashAttribute("flash", "Thank you: the post has been reported to the community's moderators.");
				return "redirect:/communities/" + id + "/threads/" + threadId;
			}
			catch (DomainRuleException ex) {
				if (ex.field() == null) {
					return reportPage(id, postId, me, model, redirect);
				}
				FormErrors.reject(result, ex);
			}
		}
		return reportPage(id, postId, me, model, redirect);
	}

	@GetMapping("/communities/{id}/reports")
	String queue(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("open", conversations.openReports(id, me));
		model.addAttribute("resolved", conversations.resolvedReports(id, me));
		model.addAttribute("community", communities.overview(id, me));
		return "community/reports";
	}

	@PostMapping("/communities/{id}/reports/{reportId}/resolve")
	String resolve(@PathVariable Long id, @PathVariable Long reportId, @RequestParam(required = false) String outcome,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		communities.moderated(id, me);
		PostReport.Outcome chosen = "HIDDEN".equals(outcome) ? PostReport.Outcome.HIDDEN
				: "KEPT".equals(outcome) ? PostReport.Outcome.KEPT : null;
		if (chosen == null) {
			redirect.addFlashAttribute("problem", "Choose whether to hide the post or leave it visible");
			return "redirect:/communities/" + id + "/reports";
		}
		try {
			conversations.resolve(id, reportId, me, chosen);
			redirect.addFlashAttribute("flash", chosen == PostReport.Outcome.HIDDEN
					? "The post is hidden and the report resolved." : "The report is resolved and the post stays visible.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/communities/" + id + "/reports";
	}

	/** The form to report a post; a post that cannot be reported (one's own, or already reported) goes back to its thread. */
	private String reportPage(Long id, Long postId, SignedInPerson me, Model model, RedirectAttributes redirect) {
		Map.Entry<CommunityViews.PostView, String> post;
		try {
			post = conversations.reportable(id, postId, me);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/" + id + "/threads/" + conversations.threadOf(id, postId, me);
		}
		model.addAttribute("post", post.getKey());
		model.addAttribute("threadTitle", post.getValue());
		model.addAttribute("community", communities.overview(id, me));
		return "community/report";
	}
}

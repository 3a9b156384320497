package org.practiceexchange.community;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory, starting a community, a community's own page and its membership. */
@Controller
class CommunityPageController {

	private final CommunityService communities;

	private final Conversations conversations;

	CommunityPageController(CommunityService communities, Conversations conversations) {
		this.communities = communities;
		this.conversations = conversations;
	}

	@GetMapping("/communities")
	String directory(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("directory", communities.directory(me));
		return "community/directory";
	}

	@GetMapping("/communities/start")
	String candidates(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("candidates", communities.candidates(me));
		return "community/candidates";
	}

	@GetMapping("/communities/start/{projectId}")
	String startForm(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		KeepingGoing rule;
		try {
			rule = communities.startable(projectId, me);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/start";
		}
		model.addAttribute("start", new CommunityForms.Start(rule.project().title(), rule.project().summary()));
		return startPage(rule, model);
	}

	@PostMapping("/communities/start/{projectId}")
	String start(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("start") CommunityForms.Start form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeepingGoing rule;
		try {
			rule = communities.startable(projectId, me);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/start";
		}
		if (!result.hasErrors()) {
			try {
				Long id = communities.start(projectId, me, form);
				redirect.addFlashAttribute("flash", "The group continues as a community. Its members can start threads now.");
				return "redirect:/communities/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return startPage(rule, model);
	}

	@GetMapping("/communities/{id}")
	String community(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		CommunityViews.Overview overview = communities.overview(id, me);
		model.addAttribute("community", overview);
		if (!overview.standing().inside()) {
			if (!model.containsAttribute("joining")) {
				model.addAttribute("joining", CommunityForms.Request.empty());
			}
			return "community/join";
		}
		model.addAttribute("threads", conversations.threads(id, me));
		return "community/community";
	}

	@PostMapping("/communities/{id}/membership-requests")
	String request(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("joining") CommunityForms.Request form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				communities.request(id, me, form);
				redirect.addFlashAttribute("flash", "Your request has been sent. We will e-mail you when the facilitator has decided.");
				return "redirect:/communities/" + id;
			}
			catch (DomainRuleException ex) {
				redirect.addFlashAttribute("problem", ex.getMessage());
				return "redirect:/communities/" + id;
			}
		}
		return community(id, me, model);
	}

	@GetMapping("/communities/{id}/members")
	String members(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		CommunityViews.Overview overview = communities.overview(id, me);
		model.addAttribute("members", communities.members(id, me));
		model.addAttribute("community", overview);
		model.addAttribute("requests", overview.standing().moderator() ? communities.pendingRequests(id, me)
				: java.util.List.of());
		if (!model.containsAttribute("decline")) {
			model.addAttribute("decline", new CommunityForms.Decline(""));
		}
		return "community/members";
	}

	@PostMapping("/communities/{id}/membership-requests/{requestId}/approve")
	String approve(@PathVariable Long id, @PathVariable Long requestId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		try {
			communities.approve(id, requestId, me);
			redirect.addFlashAttribute("flash", "The request has been approved and the new member told by e-mail.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/communities/" + id + "/members";
	}

	@PostMapping("/communities/{id}/membership-requests/{requestId}/decline")
	String decline(@PathVariable Long id, @PathVariable Long requestId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("decline") CommunityForms.Decline form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		communities.moderated(id, me);
		if (!result.hasErrors()) {
			try {
				communities.decline(id, requestId, me, form.note());
				redirect.addFlashAttribute("flash", "The request has been declined and the person told by e-mail.");
				return "redirect:/communities/" + id + "/members";
			}
			catch (DomainRuleException ex) {
				redirect.addFlashAttribute("problem", ex.getMessage());
				return "redirect:/communities/" + id + "/members";
			}
		}
		model.addAttribute("declining", requestId);
		return members(id, me, model);
	}

	@PostMapping("/communities/{id}/leave")
	String leave(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		try {
			communities.leave(id, me);
			redirect.addFlashAttribute("flash", "You have left the community.");
			return "redirect:/communities";
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/" + id;
		}
	}

	private String startPage(KeepingGoing rule, Model model) {
		model.addAttribute("project", rule.project());
		model.addAttribute("reason", rule.reason().orElseThrow());
		model.addAttribute("founders", communities.names(rule.founders()).values().stream().sorted().toList());
		return "community/start";
	}
}

package org.practiceexchange.community;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.FormPost;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting threads, reading and replying, editing one's own posts, and locking a thread. */
@Controller
class ThreadController {

	private final CommunityService communities;

	private final Conversations conversations;

	ThreadController(CommunityService communities, Conversations conversations) {
		this.communities = communities;
		this.conversations = conversations;
	}

	@GetMapping("/communities/{id}/threads/new")
	String newThread(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		communities.inside(id, me, "Community");
		model.addAttribute("newThread", CommunityForms.NewThread.empty());
		return threadForm(id, me, model);
	}

	@PostMapping("/communities/{id}/threads")
	String start(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("newThread") CommunityForms.NewThread form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		communities.inside(id, me, "Community");
		if (!result.hasErrors()) {
			try {
				Long threadId = conversations.start(id, me, form);
				redirect.addFlashAttribute("flash", "Your thread has been started.");
				return "redirect:/communities/" + id + "/threads/" + threadId;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return threadForm(id, me, model);
	}

	@GetMapping("/communities/{id}/threads/{threadId}")
	String thread(@PathVariable Long id, @PathVariable Long threadId, @AuthenticationPrincipal SignedInPerson me,
			Model model) {
		model.addAttribute("thread", conversations.thread(id, threadId, me));
		if (!model.containsAttribute("reply")) {
			model.addAttribute("reply", CommunityForms.Reply.empty());
		}
		return "community/thread";
	}

	@PostMapping("/communities/{id}/threads/{threadId}/replies")
	String reply(@PathVariable Long id, @PathVariable Long threadId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("reply") CommunityForms.Reply form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		conversations.thread(id, threadId, me);
		if (!result.hasErrors()) {
			try {
				Long replyId = conversations.reply(id, threadId, me, form.body());
				redirect.addFlashAttribute("flash", "Your reply has been posted.");
				return "redirect:/communities/" + id + "/threads/" + threadId + "#post-" + replyId;
			}
			catch (CommunityThread.ThreadLockedException ex) {
				FormErrors.reject(result, ex);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("replyRefused", true);
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return thread(id, threadId, me, model);
	}

	@GetMapping("/communities/{id}/posts/{postId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			Model model, RedirectAttributes redirect) {
		CommunityViews.Editing editing = conversations.editing(id, postId, me);
		if (editing.notEditable() != null) {
			redirect.addFlashAttribute("problem", editing.notEditable());
			return "redirect:/communities/" + id + "/threads/" + editing.threadId() + "#post-" + postId;
		}
		model.addAttribute("editPost", editing.form());
		return editPage(id, editing, me, model);
	}

	@PostMapping("/communities/{id}/posts/{postId}/edit")
	String edit(@PathVariable Long id, @PathVariable Long postId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("editPost") CommunityForms.EditPost form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CommunityViews.Editing editing = conversations.editing(id, postId, me);
		return FormPost.submit(result, () -> {
			try {
				Long threadId = conversations.edit(id, postId, me, form).threadId();
				redirect.addFlashAttribute("flash", "Your post has been changed.");
				return "redirect:/communities/" + id + "/threads/" + threadId + "#post-" + postId;
			}
			catch (Post.EditRefusedException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				throw ex;
			}
		}, () -> editPage(id, editing, me, model));
	}

	@PostMapping("/communities/{id}/threads/{threadId}/lock")
	String lock(@PathVariable Long id, @PathVariable Long threadId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		conversations.lock(id, threadId, me, true);
		redirect.addFlashAttribute("flash", "The thread is locked: nobody can reply until it is unlocked.");
		return "redirect:/communities/" + id + "/threads/" + threadId;
	}

	@PostMapping("/communities/{id}/threads/{threadId}/unlock")
	String unlock(@PathVariable Long id, @PathVariable Long threadId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		conversations.lock(id, threadId, me, false);
		redirect.addFlashAttribute("flash", "The thread is open for replies again.");
		return "redirect:/communities/" + id + "/threads/" + threadId;
	}

	private String editPage(Long id, CommunityViews.Editing editing, SignedInPerson me, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("community", communities.overview(id, me));
		return "community/edit-post";
	}

	private String threadForm(Long id, SignedInPerson me, Model model) {
		model.addAttribute("community", communities.overview(id, me));
		return "community/new-thread";
	}
}

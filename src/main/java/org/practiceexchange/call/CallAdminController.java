package org.practiceexchange.call;

import java.util.List;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.RowForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme manager's calls: create, publish, then assign reviewers, rank, moderate and decide. */
@Controller
@RequestMapping("/manage")
class CallAdminController {

	private final CallService calls;

	private final ReviewService reviews;

	private final DecisionService decisions;

	private final ProgrammeCatalogue programmes;

	private final CallDeadlines deadlines;

	CallAdminController(CallService calls, ReviewService reviews, DecisionService decisions,
			ProgrammeCatalogue programmes, CallDeadlines deadlines) {
		this.deadlines = deadlines;
		this.calls = calls;
		this.reviews = reviews;
		this.decisions = decisions;
		this.programmes = programmes;
	}

	@GetMapping("/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.all());
		return "call/manage-calls";
	}

	@GetMapping("/calls/new")
	String newCall(Model model) {
		model.addAttribute("callForm", CallForm.empty());
		return form(model, null);
	}

	@PostMapping("/calls/new")
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				CallView created = calls.create(form);
				redirect.addFlashAttribute("flash", "The call has been saved as a draft. Publish it when it is ready.");
				return "redirect:/manage/calls/" + created.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/calls/{id}")
	String one(@PathVariable Long id, Model model) {
		return page(calls.find(id), reviews.ranking(id), model);
	}

	/**
	 * The call's page with its forms: the one just posted keeps what was typed and its errors; the
	 * moderation and decision forms of every other proposal show its current score and decision.
	 */
	private String page(CallView call, List<Ranking.Row> ranking, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("ranking", ranking);
		model.addAttribute("assignments", reviews.assignmentsOf(call.id()));
		model.addAttribute("reviewers", reviews.reviewerChoices(call.id()));
		model.addAttribute("assigning", call.status() != CallStatus.DECIDED);
		if (!model.containsAttribute("spread")) {
			model.addAttribute("spread", new ProposalForms.Spread("2", "10"));
		}
		if (!model.containsAttribute("assign")) {
			model.addAttribute("assign", new ProposalForms.Assign(null, null));
		}
		RowForms.fill(model, "moderation", ranking, Ranking.Row::proposalId, row -> new ProposalForms.Moderation(
				row.moderatedScore() == null ? "" : row.moderatedScore().toPlainString(), row.moderationReason()));
		RowForms.fill(model, "decision", ranking, Ranking.Row::proposalId,
				row -> new ProposalForms.Decide(row.decision(), row.feedback()));
		model.addAttribute("decisions", Decision.values());
		RowForms.fill(model, "withdrawal", ranking, Ranking.Row::proposalId, row -> new ProposalForms.WithdrawFunding(""));
		model.addAttribute("history", deadlines.history(call.id()));
		if (!model.containsAttribute("extend")) {
			model.addAttribute("extend", new ProposalForms.Extend(null, ""));
		}
		if (!model.containsAttribute("reviewerGuidance")) {
			model.addAttribute("reviewerGuidance", new ProposalForms.ReviewerGuidance(calls.reviewerGuidance(call.id())));
		}
		if (!model.containsAttribute("closeEarly")) {
			model.addAttribute("closeEarly", new ProposalForms.CloseEarly(""));
		}
		return "call/manage-call";
	}

	/** The page again after a failed post; a form the page no longer shows has its messages put at the top. */
	private String again(Long id, Model model, BindingResult result, Predicate<List<Ranking.Row>> shown) {
		CallView call = calls.find(id);
		List<Ranking.Row> ranking = reviews.ranking(id);
		if (!shown.test(ranking)) {
			FormPost.atTheTop(model, result);
		}
		return page(call, ranking, model);
	}

	/** A proposal's moderation and decision forms are on the page until its decision is released. */
	private String rowAgain(Long id, String form, Long proposalId, Model model, BindingResult result) {
		RowForms.keep(model, form, proposalId, result);
		return again(id, model, result, ranking -> ranking.stream()
			.anyMatch(row -> row.proposalId().equals(proposalId) && !row.released()));
	}

	@GetMapping("/calls/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		CallView existing = calls.find(id);
		model.addAttribute("callForm", CallForm.of(existing));
		return form(model, existing);
	}

	@PostMapping("/calls/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CallView existing = calls.find(id);
		if (!result.hasErrors()) {
			try {
				calls.update(id, form);
				redirect.addFlashAttribute("flash", "The call has been saved.");
				return "redirect:/manage/calls/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, existing);
	}

	@PostMapping("/calls/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "The call is published. Visitors can see it and provider leads can bid once it opens.",
				() -> calls.publish(id));
	}

	/** A published call that has not closed gets a later deadline; the reason is kept in its history. */
	@PostMapping("/calls/{id}/deadline")
	String extend(@PathVariable Long id, @Valid @ModelAttribute("extend") ProposalForms.Extend form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			deadlines.extend(me.id(), id, form);
			redirect.addFlashAttribute("flash", "The deadline has been extended and the leads of draft proposals have been e-mailed.");
			return back(id);
		}, () -> again(id, model, result, ranking -> deadlineCanChange(calls.find(id))));
	}

	@PostMapping("/calls/{id}/close-early")
	String closeEarly(@PathVariable Long id, @Valid @ModelAttribute("closeEarly") ProposalForms.CloseEarly form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			deadlines.closeEarly(me.id(), id, form);
			redirect.addFlashAttribute("flash", "The call has been closed and the leads of draft proposals have been e-mailed.");
			return back(id);
		}, () -> again(id, model, result, ranking -> calls.find(id).status() == CallStatus.OPEN));
	}

	private static boolean deadlineCanChange(CallView call) {
		return call.status() == CallStatus.OPEN || call.status() == CallStatus.UPCOMING;
	}

	/** Guidance for reviewers: bidders never see it, so it may change after publishing, until the decisions are released. */
	@PostMapping("/calls/{id}/reviewer-guidance")
	String reviewerGuidance(@PathVariable Long id, @Valid @ModelAttribute("reviewerGuidance") ProposalForms.ReviewerGuidance form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			calls.changeReviewerGuidance(id, form.reviewerGuidance());
			redirect.addFlashAttribute("flash", "The guidance for reviewers has been saved.");
			return back(id);
		}, () -> again(id, model, result, ranking -> calls.find(id).status() != CallStatus.DECIDED));
	}

	@PostMapping("/calls/{id}/assignments")
	String assign(@PathVariable Long id, @Valid @ModelAttribute("assign") ProposalForms.Assign form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			reviews.assign(me.id(), form.proposalId(), form.reviewerId());
			redirect.addFlashAttribute("flash", "The reviewer has been assigned.");
			return back(id);
		}, () -> again(id, model, result, ranking -> !ranking.isEmpty() && calls.find(id).status() != CallStatus.DECIDED));
	}

	/** Takes a proposal off a reviewer who has not reviewed it yet; the reviewer is told by e-mail. */
	@PostMapping("/calls/{id}/assignments/{assignmentId}/remove")
	String unassign(@PathVariable Long id, @PathVariable Long assignmentId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		return act(id, redirect, "The assignment has been removed and the reviewer has been told.",
				() -> reviews.unassign(me.id(), id, assignmentId));
	}

	@PostMapping("/calls/{id}/assignments/spread")
	String spread(@PathVariable Long id, @Valid @ModelAttribute("spread") ProposalForms.Spread form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			int unfilled = reviews.spread(me.id(), id, form.reviewersPerProposalValue(), form.capValue());
			redirect.addFlashAttribute("flash", unfilled == 0 ? "Reviewers have been spread evenly across the proposals."
					: "Reviewers have been spread, but " + unfilled + " review places are still empty: no eligible reviewer had room under the cap.");
			return back(id);
		}, () -> again(id, model, result, ranking -> !ranking.isEmpty() && calls.find(id).status() != CallStatus.DECIDED));
	}

	@PostMapping("/calls/{id}/proposals/{proposalId}/moderation")
	String moderate(@PathVariable Long id, @PathVariable Long proposalId,
			@Valid @ModelAttribute("moderation") ProposalForms.Moderation form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			decisions.moderate(me.id(), checked(id, proposalId), form.scoreValue(), form.reason());
			redirect.addFlashAttribute("flash", "The moderated score and its reason have been recorded.");
			return back(id);
		}, () -> rowAgain(id, "moderation", proposalId, model, result));
	}

	@PostMapping("/calls/{id}/proposals/{proposalId}/decision")
	String decide(@PathVariable Long id, @PathVariable Long proposalId,
			@Valid @ModelAttribute("decision") ProposalForms.Decide form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			decisions.decide(me.id(), checked(id, proposalId), form.decision(), form.feedback());
			redirect.addFlashAttribute("flash", "The decision has been recorded. Applicants hear when you release the decisions.");
			return back(id);
		}, () -> rowAgain(id, "decision", proposalId, model, result));
	}

	/** After the release: a funded proposal withdraws, with the reason; its place goes back to the call. */
	@PostMapping("/calls/{id}/proposals/{proposalId}/funding-withdrawal")
	String withdrawFunding(@PathVariable Long id, @PathVariable Long proposalId,
			@Valid @ModelAttribute("withdrawal") ProposalForms.WithdrawFunding form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			decisions.withdrawFunding(me, checked(id, proposalId), form.reason());
			redirect.addFlashAttribute("flash", "The proposal has withdrawn from its funding and its applicants have been e-mailed. A reserve can now be promoted.");
			return back(id);
		}, () -> {
			RowForms.keep(model, "withdrawal", proposalId, result);
			return again(id, model, result, ranking -> ranking.stream().anyMatch(row -> row.proposalId().equals(proposalId)
					&& row.released() && row.decision() == Decision.FUND && !row.fundingWithdrawn()));
		});
	}

	/** After the release: a reserve is funded in a place a withdrawal left, within the call's capacity. */
	@PostMapping("/calls/{id}/proposals/{proposalId}/promotion")
	String promote(@PathVariable Long id, @PathVariable Long proposalId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		return act(id, redirect, "The reserve has been funded: its applicants have been e-mailed and it becomes a project.",
				() -> decisions.promote(me.id(), checked(id, proposalId)));
	}

	@PostMapping("/calls/{id}/release")
	String release(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "The decisions have been released: applicants have been e-mailed and funded proposals become projects.",
				() -> decisions.release(id));
	}

	/** The proposal must belong to the call in the address. */
	private Long checked(Long callId, Long proposalId) {
		if (reviews.ranking(callId).stream().noneMatch(row -> row.proposalId().equals(proposalId))) {
			throw new DomainRuleException(null, "That proposal is not among this call's submitted proposals");
		}
		return proposalId;
	}

	private static String back(Long id) {
		return "redirect:/manage/calls/" + id;
	}

	private static String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return back(id);
	}

	/** A cohort to choose in the form, named with its programme. */
	record CohortOption(Long id, String name) {
	}

	private String form(Model model, CallView existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("cohorts", programmes.all().stream().flatMap(p -> p.cohorts().stream()
			.map(c -> new CohortOption(c.id(), p.name() + ": " + c.name()))).toList());
		return "call/manage-form";
	}
}

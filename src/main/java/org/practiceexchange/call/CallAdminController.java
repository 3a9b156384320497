package org.practiceexchange.call;

import jakarta.validation.Valid;
import org.practiceexchange.account.People;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
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

	private final People people;

	CallAdminController(CallService calls, ReviewService reviews, DecisionService decisions,
			ProgrammeCatalogue programmes, People people) {
		this.calls = calls;
		this.reviews = reviews;
		this.decisions = decisions;
		this.programmes = programmes;
		this.people = people;
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
		CallView call = calls.find(id);
		model.addAttribute("call", call);
		model.addAttribute("ranking", reviews.ranking(id));
		model.addAttribute("assignments", reviews.assignmentsOf(id));
		model.addAttribute("reviewers", people.withRole(Role.REVIEWER));
		if (!model.containsAttribute("spread")) {
			model.addAttribute("spread", new ProposalForms.Spread(2, 10));
		}
		model.addAttribute("decisions", Decision.values());
		return "call/manage-call";
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

	@PostMapping("/calls/{id}/assignments")
	String assign(@PathVariable Long id, @Valid @ModelAttribute ProposalForms.Assign form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
			return "redirect:/manage/calls/" + id;
		}
		return act(id, redirect, "The reviewer has been assigned.", () -> reviews.assign(me.id(), form.proposalId(), form.reviewerId()));
	}

	@PostMapping("/calls/{id}/assignments/spread")
	String spread(@PathVariable Long id, @Valid @ModelAttribute("spread") ProposalForms.Spread form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
			return "redirect:/manage/calls/" + id;
		}
		try {
			int unfilled = reviews.spread(me.id(), id, form.reviewersPerProposal(), form.cap());
			redirect.addFlashAttribute("flash", unfilled == 0 ? "Reviewers have been spread evenly across the proposals."
					: "Reviewers have been spread, but " + unfilled + " review places are still empty: no eligible reviewer had room under the cap.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/calls/" + id;
	}

	@PostMapping("/calls/{id}/proposals/{proposalId}/moderation")
	String moderate(@PathVariable Long id, @PathVariable Long proposalId,
			@Valid @ModelAttribute ProposalForms.Moderation form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
			return "redirect:/manage/calls/" + id;
		}
		return act(id, redirect, "The moderated score and its reason have been recorded.",
				() -> decisions.moderate(me.id(), checked(id, proposalId), form.score(), form.reason()));
	}

	@PostMapping("/calls/{id}/proposals/{proposalId}/decision")
	String decide(@PathVariable Long id, @PathVariable Long proposalId, @Valid @ModelAttribute ProposalForms.Decide form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
			return "redirect:/manage/calls/" + id;
		}
		return act(id, redirect, "The decision has been recorded. Applicants hear when you release the decisions.",
				() -> decisions.decide(me.id(), checked(id, proposalId), form.decision(), form.feedback()));
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

	private static String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/calls/" + id;
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

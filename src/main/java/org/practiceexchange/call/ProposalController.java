package org.practiceexchange.call;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.Organisations;
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

/** A provider lead starts a proposal, follows their partnerships' proposals, submits and withdraws them. */
@Controller
class ProposalController {

	private final ProposalService proposals;

	private final CallService calls;

	private final Organisations organisations;

	private final ReviewService reviews;

	private final DecisionService decisions;

	private final DecisionLetters letters;

	private final ProposalAttachments attachments;

	ProposalController(ProposalService proposals, CallService calls, Organisations organisations, ReviewService reviews,
			DecisionService decisions, DecisionLetters letters, ProposalAttachments attachments) {
		this.attachments = attachments;
		this.letters = letters;
		this.decisions = decisions;
		this.proposals = proposals;
		this.calls = calls;
		this.organisations = organisations;
		this.reviews = reviews;
	}

	@GetMapping("/calls/{id}/proposals/new")
	String startForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("proposal", new ProposalForms.Start("", java.util.List.of(), null));
		return startPage(id, me, model);
	}

	@PostMapping("/calls/{id}/proposals/new")
	String start(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("proposal") ProposalForms.Start form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = startPage(id, me, model);
		if (!result.hasErrors()) {
			try {
				Long created = proposals.start(me, id, form);
				redirect.addFlashAttribute("flash", "Your proposal has been started and your partners have been invited by e-mail.");
				return "redirect:/proposals/" + created;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return view;
	}

	/** Partners are chosen from every organisation but the lead's own. */
	private String startPage(Long callId, SignedInPerson me, Model model) {
		model.addAttribute("call", calls.findPublished(callId));
		model.addAttribute("organisations", organisations.all().stream().filter(o -> !me.belongsTo(o.id())).toList());
		return "call/start";
	}

	@GetMapping("/my/proposals")
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("proposals", proposals.mine(me));
		return "call/my-proposals";
	}

	@GetMapping("/proposals/{id}")
	String one(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ProposalView proposal = proposals.view(me, id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("criteria", calls.find(proposal.callId()).criteria());
		model.addAttribute("reviews", me.hasRole(org.practiceexchange.account.Role.PROGRAMME_MANAGER)
				? reviews.reviewsOf(id) : java.util.List.of());
		model.addAttribute("funding", decisions.fundingOf(me, id));
		model.addAttribute("decisionLetter", letters.offered(me, id));
		if (!model.containsAttribute("withdrawFunding")) {
			model.addAttribute("withdrawFunding", new ProposalForms.WithdrawFunding(""));
		}
		return "call/proposal";
	}

	/** The letter of a released decision, for the lead, its organisations' provider leads and managers. */
	@GetMapping("/proposals/{id}/decision-letter.pdf")
	org.springframework.http.ResponseEntity<byte[]> decisionLetter(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		byte[] pdf = letters.pdf(me, id);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename("decision-letter-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	/** An attachment, for whoever may see the proposal: its organisations' provider leads, its assigned reviewers, managers. */
	@GetMapping("/proposals/{id}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> attachment(@PathVariable Long id,
			@PathVariable Long attachmentId, @AuthenticationPrincipal SignedInPerson me) {
		ProposalAttachments.Download file = attachments.download(me, id, attachmentId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "private, no-transform")
			.body(file.content());
	}

	/** After the release, the lead (or the manager) withdraws a funded proposal, with the reason. */
	@PostMapping("/proposals/{id}/funding-withdrawal")
	String withdrawFunding(@PathVariable Long id, @jakarta.validation.Valid
			@org.springframework.web.bind.annotation.ModelAttribute("withdrawFunding") ProposalForms.WithdrawFunding form,
			org.springframework.validation.BindingResult result, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		return org.practiceexchange.shared.web.FormPost.submit(result, () -> {
			decisions.withdrawFunding(me, id, form.reason());
			redirect.addFlashAttribute("flash", "The proposal has withdrawn from its funding. Everyone on it and the programme team have been told.");
			return "redirect:/proposals/" + id;
		}, () -> {
			if (!decisions.fundingOf(me, id).canWithdraw()) {
				org.practiceexchange.shared.web.FormPost.atTheTop(model, result);
			}
			return one(id, me, model);
		});
	}

	@PostMapping("/proposals/{id}/partners/{organisationId}")
	String respond(@PathVariable Long id, @PathVariable Long organisationId, @RequestParam String answer,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		boolean confirm = "confirm".equals(answer);
		return act(id, redirect, confirm ? "You have confirmed your organisation's part." : "You have declined your organisation's part.",
				() -> proposals.respond(me, id, organisationId, confirm));
	}

	@PostMapping("/proposals/{id}/submit")
	String submit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The proposal has been submitted. It is now a record and cannot be edited.",
				() -> proposals.submit(me, id));
	}

	@PostMapping("/proposals/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The proposal has been withdrawn. The submission stays in its history; you can edit and submit again before the deadline.",
				() -> proposals.withdraw(me, id));
	}

	/** Runs an action; a broken rule comes back as the problem on the proposal page. */
	static String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (ProposalIncompleteException ex) {
			redirect.addFlashAttribute("missing", ex.missing());
			redirect.addFlashAttribute("problem", "The proposal cannot be submitted yet.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "Someone else saved this proposal at the same moment. Check the page and try again.");
		}
		return "redirect:/proposals/" + id;
	}
}

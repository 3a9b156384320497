package org.practiceexchange.call;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.UkTime;
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

/**
 * Co-writing a draft: each section is its own form carrying the version it was opened at, so a save
 * over someone else's newer save is refused with their version shown, never lost silently.
 */
@Controller
@RequestMapping("/proposals/{id}")
class ProposalEditController {

	private final ProposalService proposals;

	private final ProgrammeCatalogue programmes;

	private final Organisations organisations;

	private final UkTime ukTime;

	private final ProposalAttachments attachments;

	ProposalEditController(ProposalService proposals, ProgrammeCatalogue programmes, Organisations organisations,
			UkTime ukTime, ProposalAttachments attachments) {
		this.attachments = attachments;
		this.proposals = proposals;
		this.programmes = programmes;
		this.organisations = organisations;
		this.ukTime = ukTime;
	}

	@GetMapping("/edit")
	String edit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		return page(me, id, model);
	}

	@PostMapping("/details")
	String details(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("details") ProposalForms.Details form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("detailsVersion", form.version());
		if (!result.hasErrors()) {
			try {
				proposals.editDetails(me, id, form);
				redirect.addFlashAttribute("flash", "The project details have been saved.");
				return "redirect:/proposals/" + id + "/edit";
			}
			catch (SectionConflictException ex) {
				ProposalView current = proposals.view(me, id);
				result.reject("conflict", conflictMessage(current));
				model.addAttribute("detailsVersion", current.detailsVersion());
				model.addAttribute("theirDetails", current);
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	@PostMapping("/validator")
	String validator(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("validator") ProposalForms.Validator form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("validatorVersion", form.version());
		if (!result.hasErrors()) {
			try {
				proposals.editValidator(me, id, form);
				redirect.addFlashAttribute("flash", "The validator has been saved.");
				return "redirect:/proposals/" + id + "/edit";
			}
			catch (SectionConflictException ex) {
				ProposalView current = proposals.view(me, id);
				result.reject("conflict", conflictMessage(current));
				model.addAttribute("validatorVersion", current.validatorVersion());
				model.addAttribute("theirValidator", current);
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	@PostMapping("/practitioners")
	String addPractitioner(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("practitioner") ProposalForms.NewPractitioner form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				proposals.addPractitioner(me, id, form);
				redirect.addFlashAttribute("flash", form.name() + " has been added.");
				return "redirect:/proposals/" + id + "/edit";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	@PostMapping("/practitioners/{index}/remove")
	String removePractitioner(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		return afterEdit(id, redirect, "The practitioner has been removed.", () -> proposals.removePractitioner(me, id, index));
	}

	@PostMapping("/budget")
	String addBudgetLine(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("budgetLine") ProposalForms.NewBudgetLine form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				proposals.addBudgetLine(me, id, form);
				redirect.addFlashAttribute("flash", "The budget line has been added.");
				return "redirect:/proposals/" + id + "/edit";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	/** A co-writer attaches a file to the draft; it is checked by its content and size as outputs' files are. */
	@PostMapping("/attachments")
	String addAttachment(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@ModelAttribute("attachment") ProposalForms.Attachment form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return org.practiceexchange.shared.web.FormPost.submit(result, () -> {
			ProposalAttachments.AttachmentView added = attachments.add(me, id, form.file());
			redirect.addFlashAttribute("flash", added.fileName() + " has been attached.");
			return "redirect:/proposals/" + id + "/edit";
		}, () -> page(me, id, model));
	}

	@PostMapping("/attachments/{attachmentId}/remove")
	String removeAttachment(@PathVariable Long id, @PathVariable Long attachmentId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		return afterEdit(id, redirect, "The attachment has been removed.", () -> attachments.remove(me, id, attachmentId));
	}

	@PostMapping("/budget/{index}/remove")
	String removeBudgetLine(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		return afterEdit(id, redirect, "The budget line has been removed.", () -> proposals.removeBudgetLine(me, id, index));
	}

	/** The lead names another partner; a rule about the proposal as a whole (it was submitted) goes to the proposal page. */
	@PostMapping("/partner-organisations")
	String addPartner(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("partner") ProposalForms.NewPartner form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				proposals.addPartner(me, id, form.partnerOrganisationId());
				redirect.addFlashAttribute("flash", "The partner has been added and invited by e-mail.");
				return "redirect:/proposals/" + id + "/edit";
			}
			catch (DomainRuleException ex) {
				if (ex.field() == null) {
					redirect.addFlashAttribute("problem", ex.getMessage());
					return "redirect:/proposals/" + id;
				}
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	@PostMapping("/partner-organisations/{organisationId}/remove")
	String removePartner(@PathVariable Long id, @PathVariable Long organisationId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		try {
			proposals.removePartner(me, id, organisationId);
			redirect.addFlashAttribute("flash", "The partner has been removed and told by e-mail.");
			return "redirect:/proposals/" + id + "/edit";
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/proposals/" + id + (proposals.view(me, id).canEdit() ? "/edit" : "");
		}
	}

	private static String afterEdit(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "Someone else saved this proposal at the same moment. Check the page and try again.");
		}
		return "redirect:/proposals/" + id + "/edit";
	}

	private String conflictMessage(ProposalView current) {
		return current.lastEditedByName() + " saved this section at " + ukTime.dateTime(current.lastEditedAt())
				+ ", after you opened it, so your changes have not been saved. Their version is shown below the form and "
				+ "your text is still in it: merge the two and save again.";
	}

	private String page(SignedInPerson me, Long id, Model model) {
		ProposalView proposal = proposals.view(me, id);
		if (!proposal.canEdit()) {
			throw new org.springframework.security.access.AccessDeniedException("This proposal cannot be edited by you now");
		}
		model.addAttribute("proposal", proposal);
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", new ProposalForms.Details(proposal.title(), proposal.themeId(), proposal.aims(),
					proposal.outcomes(), proposal.detailsVersion()));
		}
		if (!model.containsAttribute("validator")) {
			model.addAttribute("validator", new ProposalForms.Validator(proposal.validatorOrganisation(),
					proposal.validatorContactName(), proposal.validatorContactEmail(), proposal.validatorVersion()));
		}
		if (model.getAttribute("detailsVersion") == null) {
			model.addAttribute("detailsVersion", proposal.detailsVersion());
		}
		if (model.getAttribute("validatorVersion") == null) {
			model.addAttribute("validatorVersion", proposal.validatorVersion());
		}
		if (!model.containsAttribute("practitioner")) {
			model.addAttribute("practitioner", new ProposalForms.NewPractitioner("", "", null, 5));
		}
		if (!model.containsAttribute("budgetLine")) {
			model.addAttribute("budgetLine", new ProposalForms.NewBudgetLine("", null, null, null));
		}
		if (!model.containsAttribute("attachment")) {
			model.addAttribute("attachment", new ProposalForms.Attachment(null));
		}
		if (!model.containsAttribute("partner")) {
			model.addAttribute("partner", new ProposalForms.NewPartner(null));
		}
		model.addAttribute("canManagePartners", me.belongsTo(proposal.leadOrganisationId()));
		java.util.Set<Long> named = new java.util.HashSet<>();
		named.add(proposal.leadOrganisationId());
		proposal.partners().stream().filter(p -> p.status() != PartnerStatus.DECLINED).forEach(p -> named.add(p.organisationId()));
		model.addAttribute("partnerCandidates", organisations.all().stream().filter(o -> !named.contains(o.id())).toList());
		model.addAttribute("themes", programmes.activeThemes());
		model.addAttribute("budgetCategories", BudgetCategory.values());
		java.util.List<Long> writing = new java.util.ArrayList<>();
		writing.add(proposal.leadOrganisationId());
		proposal.partners().stream().filter(p -> p.status() != PartnerStatus.DECLINED)
			.forEach(p -> writing.add(p.organisationId()));
		model.addAttribute("proposalOrganisations", organisations.findAll(writing).stream()
			.sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList());
		return "call/edit";
	}
}

package org.practiceexchange.programme;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
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

/** A practitioner applies to a cohort and follows their applications. */
@Controller
class EnrolmentController {

	private final EnrolmentService enrolments;

	private final ProgrammeService programmes;

	private final Organisations organisations;

	EnrolmentController(EnrolmentService enrolments, ProgrammeService programmes, Organisations organisations) {
		this.enrolments = enrolments;
		this.programmes = programmes;
		this.organisations = organisations;
	}

	@GetMapping("/programmes/{programmeId}/cohorts/{cohortId}/apply")
	String applicationForm(@PathVariable Long programmeId, @PathVariable Long cohortId,
			@AuthenticationPrincipal SignedInPerson me, Model model) {
		Long defaultOrganisation = me.organisationIds().isEmpty() ? null : me.organisationIds().get(0);
		model.addAttribute("enrolment", new EnrolmentForms.Application(defaultOrganisation, ""));
		return page(programmeId, cohortId, me, model);
	}

	@PostMapping("/programmes/{programmeId}/cohorts/{cohortId}/apply")
	String apply(@PathVariable Long programmeId, @PathVariable Long cohortId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("enrolment") EnrolmentForms.Application form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = page(programmeId, cohortId, me, model);
		if (!result.hasErrors()) {
			try {
				enrolments.apply(me.id(), cohortId, form);
				redirect.addFlashAttribute("flash", "Your application has been sent. We will e-mail you with the decision.");
				return "redirect:/my/applications";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return view;
	}

	@GetMapping("/my/applications")
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("applications", enrolments.mine(me.id()));
		return "programme/my-applications";
	}

	@PostMapping("/my/applications/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		try {
			enrolments.withdraw(me.id(), id);
			redirect.addFlashAttribute("flash", "Your application has been withdrawn.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/my/applications";
	}

	/** The cohort must belong to the programme in the address; anything else is not found. */
	private String page(Long programmeId, Long cohortId, SignedInPerson me, Model model) {
		ProgrammeSummary programme = programmes.find(programmeId)
			.orElseThrow(() -> new RecordNotFoundException("Programme", programmeId));
		CohortSummary cohort = programme.cohorts().stream().filter(c -> c.id().equals(cohortId)).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Cohort", cohortId));
		model.addAttribute("programme", programme);
		model.addAttribute("cohort", cohort);
		model.addAttribute("organisations", organisations.findAll(me.organisationIds()));
		return "programme/apply";
	}
}

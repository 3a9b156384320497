package org.practiceexchange.programme;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applications waiting for (or past) a programme manager's decision. */
@Controller
@RequestMapping("/manage/applications")
class EnrolmentAdminController {

	private final EnrolmentService enrolments;

	EnrolmentAdminController(EnrolmentService enrolments) {
		this.enrolments = enrolments;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false, defaultValue = "PENDING") String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		EnrolmentStatus filter = java.util.Arrays.stream(EnrolmentStatus.values())
			.filter(candidate -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", EnrolmentStatus.values());
		model.addAttribute("page", enrolments.search(filter, null,
				PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Order.asc("appliedAt")))));
		return "programme/manage-applications";
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable Long id, @RequestParam(required = false) String outcome,
			@Valid @ModelAttribute("decision") EnrolmentForms.Decision decision, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
			return "redirect:/manage/applications";
		}
		if (!"accept".equals(outcome) && !"decline".equals(outcome)) {
			redirect.addFlashAttribute("problem", "Choose whether to accept or decline the application");
			return "redirect:/manage/applications";
		}
		try {
			boolean accept = "accept".equals(outcome);
			enrolments.decide(id, accept, decision.note(), me.id());
			redirect.addFlashAttribute("flash", accept ? "The application has been accepted and the applicant told."
					: "The application has been declined and the applicant told.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/applications";
	}
}

package org.practiceexchange.resource;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Outputs waiting for approval, and each programme's choice of approver. */
@Controller
class ApprovalsController {

	private final OutputService outputs;

	private final ProgrammeCatalogue programmes;

	ApprovalsController(OutputService outputs, ProgrammeCatalogue programmes) {
		this.outputs = outputs;
		this.programmes = programmes;
	}

	@GetMapping("/approvals/outputs")
	String awaiting(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("outputs", outputs.awaiting(me).stream()
			.map(o -> OutputView.of(o, outputs.baseUrl(), true, false)).toList());
		return "resource/awaiting";
	}

	@GetMapping("/manage/outputs/approvers")
	String approvers(Model model) {
		model.addAttribute("settings", programmes.all().stream()
			.map(p -> new ProgrammeApprover(p.id(), p.name(), outputs.approverFor(p.id()))).toList());
		return "resource/approvers";
	}

	@GetMapping("/manage/outputs/approvers/{programmeId}")
	String approver(@PathVariable Long programmeId, Model model) {
		model.addAttribute("setting", new OutputForms.ApprovalSetting(outputs.approverFor(programmeId)));
		return approverForm(programmeId, model);
	}

	@PostMapping("/manage/outputs/approvers/{programmeId}")
	String setApprover(@PathVariable Long programmeId,
			@Valid @ModelAttribute("setting") OutputForms.ApprovalSetting form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return approverForm(programmeId, model);
		}
		outputs.setApprover(programmeId, form.approver());
		redirect.addFlashAttribute("flash", "Who approves outputs has been saved.");
		return "redirect:/manage/outputs/approvers";
	}

	private String approverForm(Long programmeId, Model model) {
		ProgrammeSummary programme = programmes.find(programmeId)
			.orElseThrow(() -> new org.practiceexchange.shared.RecordNotFoundException("Programme", programmeId));
		model.addAttribute("programme", programme);
		model.addAttribute("approvers", Approver.values());
		return "resource/approver";
	}

	record ProgrammeApprover(Long id, String name, Approver approver) {
	}
}

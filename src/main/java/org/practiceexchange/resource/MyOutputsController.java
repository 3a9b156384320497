package org.practiceexchange.resource;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.FormPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's or lead's own outputs: propose one with its file, add files, follow decisions. */
@Controller
class MyOutputsController {

	private final OutputService outputs;

	private final ProgrammeCatalogue programmes;

	private final Organisations organisations;

	private final OutputPage page;

	MyOutputsController(OutputService outputs, ProgrammeCatalogue programmes, Organisations organisations, OutputPage page) {
		this.outputs = outputs;
		this.programmes = programmes;
		this.organisations = organisations;
		this.page = page;
	}

	@GetMapping("/my/outputs")
	String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("outputs", outputs.mine(me).stream()
			.map(o -> OutputView.of(o, outputs.baseUrl(), false, true)).toList());
		return "resource/my-outputs";
	}

	@GetMapping("/my/outputs/new")
	String proposalForm(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("proposal", OutputForms.Proposal.empty());
		return form(me, model);
	}

	@PostMapping("/my/outputs/new")
	String propose(@AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("proposal") OutputForms.Proposal form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
		alsoRelated(me, form, result);
		if (!result.hasErrors()) {
			try {
				Output output = outputs.propose(me, form, file);
				redirect.addFlashAttribute("flash", output.title() + " has been proposed for publication.");
				return "redirect:/outputs/" + output.id();
			}
			catch (DomainRuleException ex) {
				// The file is not part of the form record: its problem goes at the top of the form.
				FormErrors.reject(result, "file".equals(ex.field()) ? new DomainRuleException(null, ex.getMessage()) : ex);
			}
		}
		return form(me, model);
	}

	@GetMapping("/my/outputs/{id}/edit")
	String revisionForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		Output output = outputs.returnedToMe(me, id);
		if (output == null) {
			redirect.addFlashAttribute("problem", "Only an output sent back to you can be changed and proposed again.");
			return "redirect:/outputs/" + id;
		}
		model.addAttribute("proposal", OutputForms.Proposal.of(output));
		return revisionForm(me, output, model);
	}

	@PostMapping("/my/outputs/{id}/edit")
	String revise(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("proposal") OutputForms.Proposal form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		alsoRelated(me, form, result);
		if (!result.hasErrors()) {
			try {
				Output output = outputs.revise(me, id, form);
				redirect.addFlashAttribute("flash", output.title() + " has been proposed for publication again.");
				return "redirect:/outputs/" + output.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return revisionForm(me, outputs.view(me, id), model);
	}

	@PostMapping("/my/outputs/{id}/files")
	String addFile(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@ModelAttribute("upload") OutputForms.Upload form, BindingResult result, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			outputs.addFile(me, id, form.file());
			redirect.addFlashAttribute("flash", "The file has been added.");
			return "redirect:/outputs/" + id;
		}, () -> {
			// the service has checked that this is the proposer's own output; once published it takes no files
			if (page.show(me, id, model).published()) {
				FormPost.atTheTop(model, result);
			}
			return OutputPage.VIEW;
		});
	}

	/** With the other fields' messages, the one about the project or report named, so that all come at once. */
	private void alsoRelated(SignedInPerson me, OutputForms.Proposal form, BindingResult result) {
		if (result.hasErrors()) {
			outputs.relatedProblem(me, form).ifPresent(problem -> FormErrors.reject(result, problem));
		}
	}

	private String revisionForm(SignedInPerson me, Output output, Model model) {
		model.addAttribute("revising", OutputView.of(output, outputs.baseUrl(), false, true));
		return form(me, model);
	}

	private String form(SignedInPerson me, Model model) {
		model.addAttribute("projects", outputs.relatedProjects(me));
		model.addAttribute("types", OutputType.values());
		model.addAttribute("licences", Licence.values());
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("themes", programmes.activeThemes());
		model.addAttribute("organisations", organisations.all());
		return "resource/propose";
	}
}

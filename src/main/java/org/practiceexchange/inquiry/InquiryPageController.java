package org.practiceexchange.inquiry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.SimultaneousWrites;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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

/** The inquiry pages: start, follow the cycle, measures, plan, log, evaluation. */
@Controller
class InquiryPageController {

	private static final int PLAN_ROWS = 6;

	private final InquiryService inquiries;

	private final Projects projects;

	private final SimultaneousWrites writes;

	InquiryPageController(InquiryService inquiries, Projects projects, SimultaneousWrites writes) {
		this.inquiries = inquiries;
		this.projects = projects;
		this.writes = writes;
	}

	@GetMapping("/inquiries")
	@HtmxFragment("results")
	String list(@AuthenticationPrincipal SignedInPerson me, @RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("stage", stage);
		model.addAttribute("stages", List.of(Stage.values()));
		model.addAttribute("page", inquiries.visibleTo(me, stage, PageRequest.of(Math.max(page, 0), 25)));
		return "inquiry/list";
	}

	@GetMapping("/projects/{projectId}/inquiries/new")
	String startForm(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("start", new InquiryForms.Start(""));
		return startPage(projectId, me, model);
	}

	@PostMapping("/projects/{projectId}/inquiries/new")
	String start(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("start") InquiryForms.Start form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = startPage(projectId, me, model);
		return FormPost.submit(result, () -> {
			InquiryViews.Full created = inquiries.start(projectId, me, form);
			redirect.addFlashAttribute("flash", "Your inquiry has started. Begin with the audit: add the measures you will use.");
			return "redirect:/inquiries/" + created.id();
		}, () -> view);
	}

	@GetMapping("/inquiries/{id}")
	String inquiry(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		Object view = inquiries.view(id, me);
		if (view instanceof InquiryViews.Progress progress) {
			model.addAttribute("progress", progress);
			model.addAttribute("stages", Stage.values());
			return "inquiry/progress";
		}
		InquiryViews.Full full = (InquiryViews.Full) view;
		model.addAttribute("inquiry", full);
		model.addAttribute("stages", Stage.values());
		if (!full.measures().isEmpty()) {
			model.addAttribute("chart", MeasureChart.svg(full.measures(), "Before and after chart of " + full.measures().size()
					+ " measures; the table beside it gives the figures"));
		}
		if (!model.containsAttribute("logEntry")) {
			model.addAttribute("logEntry", new InquiryForms.LogEntry(null, "", ""));
		}
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", new InquiryForms.Comment(""));
		}
		return "inquiry/inquiry";
	}

	@PostMapping("/inquiries/{id}/advance")
	String advance(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		try {
			InquiryViews.Full moved = inquiries.advance(id, me);
			redirect.addFlashAttribute("flash", "The inquiry has moved on to " + StageNames.name(moved.stage()) + ".");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/inquiries/" + id;
	}

	@GetMapping("/inquiries/{id}/measures/new")
	String measureForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("measure", InquiryForms.NewMeasure.empty());
		return measurePage(id, me, model);
	}

	@PostMapping("/inquiries/{id}/measures/new")
	String addMeasure(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("measure") InquiryForms.NewMeasure form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = measurePage(id, me, model);
		return FormPost.submit(result, () -> {
			inquiries.addMeasure(id, me, form);
			redirect.addFlashAttribute("flash", "The measure and its baseline have been recorded.");
			return "redirect:/inquiries/" + id;
		}, () -> view);
	}

	@GetMapping("/inquiries/{id}/measures/{measureId}")
	String reauditForm(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = inquiries.measure(id, measureId, me);
		InquiryViews.Full inquiry = ownPage(id, me);
		if (!inquiry.reauditOpen()) {
			redirect.addFlashAttribute("problem", Inquiry.reauditNotYet(inquiry.stage()));
			return "redirect:/inquiries/" + id;
		}
		model.addAttribute("reaudit", new InquiryForms.Reaudit(measure.reaudit(), measure.reauditNote()));
		return reauditPage(id, measure, me, model);
	}

	@PostMapping("/inquiries/{id}/measures/{measureId}")
	String reaudit(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("reaudit") InquiryForms.Reaudit form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MeasureView measure = inquiries.measure(id, measureId, me);
		return FormPost.submit(result, () -> {
			inquiries.recordReaudit(id, measureId, me, form);
			redirect.addFlashAttribute("flash", "The re-audit value has been recorded.");
			return "redirect:/inquiries/" + id;
		}, () -> reauditPage(id, measure, me, model));
	}

	@GetMapping("/inquiries/{id}/measures/{measureId}/edit")
	String correctionForm(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = inquiries.measure(id, measureId, me);
		InquiryViews.Full inquiry = ownPage(id, me);
		if (!inquiry.open() || measure.reaudit() != null) {
			redirect.addFlashAttribute("problem", !inquiry.open() ? "This inquiry is kept as it is: its measures can no longer be corrected."
					: "This measure has its re-audit value, so it is kept as it was measured.");
			return "redirect:/inquiries/" + id;
		}
		model.addAttribute("correction", InquiryForms.Correction.of(measure));
		return correctionPage(inquiry, measure, model);
	}

	@PostMapping("/inquiries/{id}/measures/{measureId}/edit")
	String correct(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("correction") InquiryForms.Correction form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MeasureView measure = inquiries.measure(id, measureId, me);
		InquiryViews.Full inquiry = ownPage(id, me);
		return FormPost.submit(result, () -> {
			inquiries.correctMeasure(id, measureId, me, form.correction());
			redirect.addFlashAttribute("flash", "The measure has been corrected; the change is kept in the inquiry's history.");
			return "redirect:/inquiries/" + id;
		}, () -> correctionPage(inquiry, measure, model));
	}

	@PostMapping("/inquiries/{id}/measures/{measureId}/remove")
	String removeMeasure(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = inquiries.measure(id, measureId, me);
		InquiryViews.Full inquiry = ownPage(id, me);
		try {
			inquiries.removeMeasure(id, measureId, me);
			redirect.addFlashAttribute("flash", "The measure \"" + measure.name() + "\" has been removed; the removal is kept in the inquiry's history.");
			return "redirect:/inquiries/" + id;
		}
		catch (DomainRuleException ex) {
			model.addAttribute("correction", InquiryForms.Correction.of(measure));
			model.addAttribute("removeProblem", ex.getMessage());
			return correctionPage(inquiry, measure, model);
		}
	}

	@GetMapping("/inquiries/{id}/withdraw")
	String withdrawForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		InquiryViews.Full inquiry = ownPage(id, me);
		if (inquiry.withdrawn()) {
			redirect.addFlashAttribute("problem", "This inquiry has already been withdrawn.");
			return "redirect:/inquiries/" + id;
		}
		model.addAttribute("withdrawal", new InquiryForms.Withdrawal(""));
		model.addAttribute("inquiry", inquiry);
		return "inquiry/withdraw";
	}

	@PostMapping("/inquiries/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("withdrawal") InquiryForms.Withdrawal form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InquiryViews.Full inquiry = ownPage(id, me);
		return FormPost.submit(result, () -> {
			inquiries.withdraw(id, me, form);
			redirect.addFlashAttribute("flash", "Your inquiry has been withdrawn. It is kept as it was, and left out of counts and syntheses.");
			return "redirect:/inquiries/" + id;
		}, () -> {
			model.addAttribute("inquiry", inquiry);
			return "inquiry/withdraw";
		});
	}

	@GetMapping("/inquiries/{id}/plan")
	String planForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		InquiryViews.Full inquiry = ownPage(id, me);
		List<InquiryForms.Action> rows = new ArrayList<>();
		if (inquiry.plan() != null) {
			inquiry.plan().actions().forEach(a -> rows.add(new InquiryForms.Action(a.what(), a.who(), a.dueOn(), a.successCriterion())));
		}
		while (rows.size() < PLAN_ROWS) {
			rows.add(new InquiryForms.Action("", "", null, ""));
		}
		model.addAttribute("plan", new InquiryForms.Plan(rows));
		model.addAttribute("inquiry", inquiry);
		return "inquiry/plan-form";
	}

	@PostMapping("/inquiries/{id}/plan")
	String revisePlan(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("plan") InquiryForms.Plan form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InquiryViews.Full inquiry = ownPage(id, me);
		return FormPost.submit(result, () -> {
			PlanView plan = inquiries.revisePlan(id, me, form);
			redirect.addFlashAttribute("flash", "Version " + plan.version() + " of your action plan has been saved.");
			return "redirect:/inquiries/" + id;
		}, () -> {
			model.addAttribute("inquiry", inquiry);
			return "inquiry/plan-form";
		});
	}

	@GetMapping("/inquiries/{id}/plan/versions/{version}")
	String planVersion(@PathVariable Long id, @PathVariable int version, @AuthenticationPrincipal SignedInPerson me,
			Model model) {
		model.addAttribute("inquiry", inquiries.fullView(id, me));
		model.addAttribute("plan", inquiries.planVersion(id, version, me));
		return "inquiry/plan-version";
	}

	@PostMapping("/inquiries/{id}/comments")
	String comment(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("comment") InquiryForms.Comment form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return submitOnPage(id, me, result, model, redirect, EnumSet.of(InquiryViews.Access.OWNER, InquiryViews.Access.SUPPORTER),
				"Your comment has been added.",
				() -> writes.add(() -> inquiries.comment(id, me, form)));
	}

	@PostMapping("/inquiries/{id}/log")
	String log(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("logEntry") InquiryForms.LogEntry form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return submitOnPage(id, me, result, model, redirect, EnumSet.of(InquiryViews.Access.OWNER), "The log entry has been added.",
				() -> writes.add(() -> inquiries.log(id, me, form)));
	}

	/**
	 * Does what a form on the inquiry page asks, or shows the page again with the input and its errors
	 * beside the fields. The action checks who may do it; input that fails validation never reaches
	 * it, so then only those the form is for ({@code forWhom}) see it again, and others are refused.
	 */
	private String submitOnPage(Long id, SignedInPerson me, BindingResult result, Model model, RedirectAttributes redirect,
			Set<InquiryViews.Access> forWhom, String done, Runnable action) {
		if (result.hasErrors() && !(inquiries.view(id, me) instanceof InquiryViews.Full full && forWhom.contains(full.access()))) {
			throw new AccessDeniedException("This form is not for you");
		}
		return FormPost.submit(result, () -> {
			action.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:/inquiries/" + id;
		}, () -> {
			String view = inquiry(id, me, model);
			if (model.getAttribute("inquiry") instanceof InquiryViews.Full full && full.withdrawn()) {
				FormPost.atTheTop(model, result);
			}
			return view;
		});
	}

	@GetMapping("/inquiries/{id}/evaluation")
	String evaluationForm(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		InquiryViews.Full inquiry = ownPage(id, me);
		InquiryViews.EvaluationView existing = inquiry.evaluation();
		model.addAttribute("evaluation", existing == null ? new InquiryForms.Evaluation("", "", "", "")
				: new InquiryForms.Evaluation(existing.whatChanged(), existing.contentLessons(), existing.processLessons(),
						existing.implications()));
		model.addAttribute("inquiry", inquiry);
		return "inquiry/evaluation-form";
	}

	@PostMapping("/inquiries/{id}/evaluation")
	String evaluate(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("evaluation") InquiryForms.Evaluation form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InquiryViews.Full inquiry = ownPage(id, me);
		return FormPost.submit(result, () -> {
			inquiries.evaluate(id, me, form);
			redirect.addFlashAttribute("flash", "Your evaluation has been saved.");
			return "redirect:/inquiries/" + id;
		}, () -> {
			model.addAttribute("inquiry", inquiry);
			return "inquiry/evaluation-form";
		});
	}

	private InquiryViews.Full ownPage(Long id, SignedInPerson me) {
		InquiryViews.Full inquiry = inquiries.fullView(id, me);
		if (inquiry.access() != InquiryViews.Access.OWNER) {
			throw new org.springframework.security.access.AccessDeniedException("Only the practitioner changes their inquiry");
		}
		return inquiry;
	}

	private String startPage(Long projectId, SignedInPerson me, Model model) {
		var project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		var role = project.roleOf(me).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		if (role != org.practiceexchange.project.ProjectRole.MEMBER) {
			throw new org.springframework.security.access.AccessDeniedException("Only members start inquiries");
		}
		model.addAttribute("project", project);
		return "inquiry/start";
	}

	private String measurePage(Long id, SignedInPerson me, Model model) {
		model.addAttribute("inquiry", ownPage(id, me));
		model.addAttribute("kinds", MeasureKind.values());
		model.addAttribute("directions", BetterWhen.values());
		return "inquiry/measure-form";
	}

	private String correctionPage(InquiryViews.Full inquiry, MeasureView measure, Model model) {
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("measureView", measure);
		model.addAttribute("kinds", MeasureKind.values());
		model.addAttribute("directions", BetterWhen.values());
		return "inquiry/measure-correction";
	}

	private String reauditPage(Long id, MeasureView measure, SignedInPerson me, Model model) {
		model.addAttribute("inquiry", ownPage(id, me));
		model.addAttribute("measureView", measure);
		return "inquiry/reaudit-form";
	}
}

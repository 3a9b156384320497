package org.practiceexchange.report;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.resource.Licence;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The report pages: the list, starting a report, the editor, the report with its sign-off, versions and PDFs. */
@Controller
class ReportPageController {

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final org.practiceexchange.programme.ProgrammeCatalogue themes;

	ReportPageController(ReportService reports, ReportWorkflow workflow, org.practiceexchange.programme.ProgrammeCatalogue themes) {
		this.reports = reports;
		this.workflow = workflow;
		this.themes = themes;
	}

	@GetMapping("/reports")
	String list(@AuthenticationPrincipal SignedInPerson me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", reports.visibleTo(me, PageRequest.of(Math.max(page, 0), 25)));
		return "report/list";
	}

	@GetMapping("/inquiries/{inquiryId}/report")
	String inquiryReport(@PathVariable Long inquiryId, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ReportViews.Start start = workflow.inquiryStart(inquiryId, me);
		return workflow.reportOfInquiry(inquiryId).map(id -> "redirect:/reports/" + id).orElseGet(() -> {
			model.addAttribute("start", start);
			return "report/start";
		});
	}

	@PostMapping("/inquiries/{inquiryId}/report")
	String startInquiryReport(@PathVariable Long inquiryId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		try {
			Long id = workflow.startForInquiry(inquiryId, me);
			redirect.addFlashAttribute("flash", "Your report has been started from your inquiry. Every part can be changed.");
			return "redirect:/reports/" + id + "/edit";
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/inquiries/" + inquiryId + "/report";
		}
	}

	@GetMapping("/projects/{projectId}/outcome-report")
	String outcomeReport(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ReportViews.Start start = workflow.outcomeStart(projectId, me);
		return workflow.outcomeReportOf(projectId).map(id -> "redirect:/reports/" + id).orElseGet(() -> {
			model.addAttribute("start", start);
			return "report/start";
		});
	}

	@PostMapping("/projects/{projectId}/outcome-report")
	String startOutcomeReport(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me,
			RedirectAttributes redirect) {
		try {
			Long id = workflow.startForProject(projectId, me);
			redirect.addFlashAttribute("flash", "The outcome report has been started. Every part can be changed.");
			return "redirect:/reports/" + id + "/edit";
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/projects/" + projectId + "/outcome-report";
		}
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		Object view = reports.view(id, me);
		if (view instanceof ReportViews.Progress progress) {
			model.addAttribute("progress", progress);
			return "report/progress";
		}
		model.addAttribute("report", view);
		model.addAttribute("licences", List.of(Licence.values()));
		model.addAttribute("themes", themes.activeThemes());
		return "report/report";
	}

	@GetMapping("/reports/{id}/edit")
	String editor(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		ReportViews.Full report = authorsReport(id, me);
		if (!report.actions().edit()) {
			redirect.addFlashAttribute("problem", "The report cannot be changed while it waits for a decision or once it is signed off.");
			return "redirect:/reports/" + id;
		}
		model.addAttribute("text", text(report.current()));
		return editorPage(report, model);
	}

	@PostMapping("/reports/{id}/edit")
	String save(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("text") ReportForms.Text form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ReportViews.Full report = authorsReport(id, me);
		if (!result.hasErrors()) {
			try {
				workflow.edit(id, me, form);
				redirect.addFlashAttribute("flash", "Your report has been saved.");
				return "redirect:/reports/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return editorPage(report, model);
	}

	/**
	 * Adds the inquiry's intervention log to the section on the nature of the initiative, in the text
	 * being edited (with everything else typed so far), and shows the editor again to be saved.
	 */
	@PostMapping("/reports/{id}/edit/log")
	String insertLog(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@ModelAttribute("text") ReportForms.Text form, Model model, RedirectAttributes redirect) {
		ReportViews.Full report = authorsReport(id, me);
		if (!report.actions().edit() || report.kind() != ReportKind.PRACTITIONER) {
			redirect.addFlashAttribute("problem", "The report cannot be changed while it waits for a decision or once it is signed off.");
			return "redirect:/reports/" + id;
		}
		model.addAttribute("text", form.withNature(ReportDrafts.withLog(form.nature(), workflow.interventionLog(report.inquiryId()))));
		model.addAttribute("logInserted", true);
		return editorPage(report, model);
	}

	@PostMapping("/reports/{id}/estimate")
	String estimate(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@ModelAttribute("text") ReportForms.Text form, Model model) {
		model.addAttribute("estimate", workflow.estimate(id, me, form));
		model.addAttribute("report", java.util.Map.of("id", id));
		return "report/edit :: estimate";
	}

	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "Your report has been sent to be signed off.", () -> workflow.submit(id, me));
	}

	@PostMapping("/reports/{id}/comments")
	String comment(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute ReportForms.Comments form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			workflow.checkMayComment(id, me);
			redirect.addFlashAttribute("problem", result.getAllErrors().get(0).getDefaultMessage());
			return "redirect:/reports/" + id;
		}
		return act(id, redirect, form.sendsBack() ? "Your comments have been sent to the author."
				: "Your comment has been added. The report is still with you to sign off.", () -> workflow.comment(id, me, form));
	}

	@PostMapping("/reports/{id}/sign-off")
	String signOff(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		return act(id, redirect, "The report has been signed off.", () -> workflow.signOff(id, me));
	}

	@PostMapping("/reports/{id}/corrections")
	String correct(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute ReportForms.Correction form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			workflow.checkAuthor(id, me);
			redirect.addFlashAttribute("problem", result.getAllErrors().get(0).getDefaultMessage());
			return "redirect:/reports/" + id;
		}
		try {
			workflow.correct(id, me, form);
			redirect.addFlashAttribute("flash", "A new version is open for your correction; the signed-off version stays as it was.");
			return "redirect:/reports/" + id + "/edit";
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/reports/" + id;
		}
	}

	@PostMapping("/reports/{id}/publish")
	String publish(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute ReportForms.Publish form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			workflow.checkMayPublish(id, me);
			redirect.addFlashAttribute("problem", "Choose the licence to publish the report under");
			return "redirect:/reports/" + id;
		}
		try {
			var output = workflow.publish(id, me, form);
			redirect.addFlashAttribute("flash", "The report has been published as an output.");
			return "redirect:/outputs/" + output.id();
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/reports/" + id;
		}
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String version(@PathVariable Long id, @PathVariable int number, @AuthenticationPrincipal SignedInPerson me,
			Model model) {
		model.addAttribute("report", reports.fullView(id, me));
		model.addAttribute("version", reports.version(id, number, me));
		return "report/version";
	}

	@GetMapping("/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return pdf(reports.pdf(id, null, me), "report-" + id + ".pdf");
	}

	@GetMapping("/reports/{id}/versions/{number}/report.pdf")
	ResponseEntity<byte[]> versionPdf(@PathVariable Long id, @PathVariable int number,
			@AuthenticationPrincipal SignedInPerson me) {
		return pdf(reports.pdf(id, number, me), "report-" + id + "-v" + number + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] body, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private ReportViews.Full authorsReport(Long id, SignedInPerson me) {
		ReportViews.Full report = reports.fullView(id, me);
		if (report.access() != ReportViews.Access.AUTHOR) {
			throw new AccessDeniedException("Only the author changes a report");
		}
		return report;
	}

	private String editorPage(ReportViews.Full report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("sections", Sections.namesFor(report.kind()));
		model.addAttribute("interventionLog", report.kind() == ReportKind.PRACTITIONER ? workflow.interventionLog(report.inquiryId())
				: List.of());
		if (!model.containsAttribute("estimate")) {
			ReportForms.Text text = (ReportForms.Text) model.getAttribute("text");
			model.addAttribute("estimate", SideEstimate.of(text.sections(report.kind()), report.kind(),
					report.current().measures().size()));
		}
		return "report/edit";
	}

	private static ReportForms.Text text(ReportViews.VersionView version) {
		java.util.Map<String, String> s = new java.util.HashMap<>();
		version.sections().forEach(section -> s.put(section.field(), section.text()));
		return new ReportForms.Text(version.title(), version.summary(), s.get("nature"), s.get("contentLessons"),
				s.get("processLessons"), s.get("implications"), s.get("contributions"), s.get("outcomes"));
	}

	private static String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/reports/" + id;
	}
}

package org.practiceexchange.consultation;

import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager's analysis: counts over time, scale distributions, cross-tabs, free text with codes, exports. */
@Controller
@RequestMapping("/manage/consultations/{id}")
class AnalysisController {

	private final ConsultationService consultations;

	private final AnalysisService analysis;

	private final ResponseExport export;

	AnalysisController(ConsultationService consultations, AnalysisService analysis, ResponseExport export) {
		this.consultations = consultations;
		this.analysis = analysis;
		this.export = export;
	}

	@GetMapping("/analysis")
	String analysis(@PathVariable Long id, @RequestParam(defaultValue = "ROLE") AnalysisService.Dimension by, Model model) {
		ConsultationView view = consultations.get(id);
		List<ConsultationView.QuestionView> scales = view.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE).toList();
		List<AnalysisService.Count> overTime = analysis.overTime(id);
		List<AnalysisService.Distribution> distributions = scales.stream().map(q -> analysis.distribution(id, q)).toList();
		model.addAttribute("view", view);
		model.addAttribute("submitted", analysis.submitted(id));
		model.addAttribute("overTime", overTime);
		model.addAttribute("overTimeChart", SvgChart.bars("over-time", "Submitted responses per day", overTime));
		model.addAttribute("distributions", distributions);
		model.addAttribute("charts", distributions.stream().map(d -> SvgChart.bars("scale-" + d.questionId(), d.prompt(), d.counts())).toList());
		model.addAttribute("by", by);
		model.addAttribute("dimensions", List.of(AnalysisService.Dimension.values()));
		model.addAttribute("crossTabs", scales.stream().map(q -> analysis.crossTab(id, q, by)).toList());
		return "consultation/analysis";
	}

	@GetMapping("/answers")
	@HtmxFragment("results")
	String answers(@PathVariable Long id, @RequestParam(required = false) Long question, @RequestParam(required = false) String q,
			@RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page, Model model) {
		ConsultationView view = consultations.get(id);
		model.addAttribute("view", view);
		model.addAttribute("questions", view.questions().stream().filter(x -> x.kind() == QuestionKind.FREE_TEXT).toList());
		model.addAttribute("question", question);
		model.addAttribute("q", q);
		model.addAttribute("code", code);
		model.addAttribute("codes", analysis.codesInUse(id));
		model.addAttribute("answers", analysis.texts(id, question, q, code, page));
		return "consultation/answers";
	}

	@PostMapping("/answers/{answerId}/codes")
	String code(@PathVariable Long id, @PathVariable Long answerId, @RequestParam String code,
			@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		consultations.get(id);
		try {
			analysis.applyCode(id, answerId, code, me.id());
			redirect.addFlashAttribute("flash", "The code has been applied.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/consultations/" + id + "/answers";
	}

	@GetMapping("/responses.csv")
	ResponseEntity<byte[]> csv(@PathVariable Long id) {
		ConsultationView view = consultations.get(id);
		return MatrixController.download(Spreadsheets.csv(export.header(view), export.rows(view)),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), "responses-" + id + ".csv");
	}

	@GetMapping("/responses.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
		ConsultationView view = consultations.get(id);
		return MatrixController.download(Spreadsheets.xlsx("Responses", export.header(view), export.rows(view)),
				MatrixController.XLSX, "responses-" + id + ".xlsx");
	}
}

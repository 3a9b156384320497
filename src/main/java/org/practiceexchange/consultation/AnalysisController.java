package org.practiceexchange.consultation;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.HtmxFragment;
import org.practiceexchange.shared.web.RowForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
		model.addAttribute("textQuestions", view.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT).toList());
		model.addAttribute("codeTallies", analysis.codeTallies(id));
		return "consultation/analysis";
	}

	@GetMapping("/answers")
	@HtmxFragment("results")
	String answers(@PathVariable Long id, @RequestParam(required = false) Long question, @RequestParam(required = false) String q,
			@RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page, Model model) {
		answersPage(id, question, q, code, page, model);
		return "consultation/answers";
	}

	/** The answers as filtered, each with a form for a code (the one just posted keeps what was typed). */
	private List<AnalysisService.TextAnswer> answersPage(Long id, Long question, String q, String code, int page, Model model) {
		ConsultationView view = consultations.get(id);
		List<AnalysisService.TextAnswer> answers = analysis.texts(id, question, q, code, page);
		model.addAttribute("view", view);
		List<ConsultationView.QuestionView> textQuestions = view.questions().stream().filter(x -> x.kind() == QuestionKind.FREE_TEXT)
			.toList();
		model.addAttribute("questions", textQuestions);
		java.util.Map<Long, String> prompts = new java.util.HashMap<>();
		view.questions().forEach(x -> prompts.put(x.id(), x.prompt()));
		model.addAttribute("prompts", prompts);
		model.addAttribute("question", question);
		model.addAttribute("q", q);
		model.addAttribute("code", code);
		model.addAttribute("pageNumber", page);
		model.addAttribute("codes", analysis.codesInUse(id));
		model.addAttribute("answers", answers);
		RowForms.fill(model, "coding", answers, AnalysisService.TextAnswer::id, answer -> new CodeForm(""));
		return answers;
	}

	/**
	 * Codes an answer. Each form carries the list's filters ({@code filterQuestion}, {@code filterText},
	 * {@code filterCode}, {@code filterPage}), so the list comes back as it was, after the code is
	 * applied or with the code as typed and its message beside it.
	 */
	@PostMapping("/answers/{answerId}/codes")
	String code(@PathVariable Long id, @PathVariable Long answerId, @ModelAttribute("coding") CodeForm form, BindingResult result,
			@RequestParam(required = false) Long filterQuestion, @RequestParam(required = false) String filterText,
			@RequestParam(required = false) String filterCode, @RequestParam(defaultValue = "0") int filterPage,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		consultations.get(id);
		return FormPost.submit(result, () -> {
			analysis.applyCode(id, answerId, form.code(), me.id());
			redirect.addFlashAttribute("flash", "The code has been applied.");
			addIfThere(redirect, "question", filterQuestion);
			addIfThere(redirect, "q", filterText);
			addIfThere(redirect, "code", filterCode);
			addIfThere(redirect, "page", filterPage == 0 ? null : filterPage);
			return "redirect:/manage/consultations/" + id + "/answers";
		}, () -> {
			RowForms.keep(model, "coding", answerId, result);
			if (answersPage(id, filterQuestion, filterText, filterCode, filterPage, model).stream()
				.noneMatch(answer -> answer.id().equals(answerId))) {
				FormPost.atTheTop(model, result);
			}
			return "consultation/answers";
		});
	}

	/** Takes one code off one answer, and comes back to the list as it was filtered. */
	@PostMapping("/answers/{answerId}/codes/remove")
	String removeCode(@PathVariable Long id, @PathVariable Long answerId, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) Long filterQuestion, @RequestParam(required = false) String filterText,
			@RequestParam(required = false) String filterCode, @RequestParam(defaultValue = "0") int filterPage,
			RedirectAttributes redirect) {
		consultations.get(id);
		analysis.removeCode(id, answerId, code);
		redirect.addFlashAttribute("flash", "The code “" + code.strip() + "” has been removed from the answer.");
		addIfThere(redirect, "question", filterQuestion);
		addIfThere(redirect, "q", filterText);
		// the code just removed may have been the list's filter; the list then shows every answer
		addIfThere(redirect, "code", filterCode != null && filterCode.strip().equals(code.strip())
				&& analysis.answersWithCode(id, code) == 0 ? null : filterCode);
		addIfThere(redirect, "page", filterPage == 0 ? null : filterPage);
		return "redirect:/manage/consultations/" + id + "/answers";
	}

	/** Asks before a code comes off every answer that carries it, saying how many that is. */
	@GetMapping("/codes/remove")
	String confirmRemoveCode(@PathVariable Long id, @RequestParam(defaultValue = "") String code, Model model) {
		ConsultationView view = consultations.get(id);
		long answers = analysis.answersWithCode(id, code);
		if (answers == 0) {
			throw new org.practiceexchange.shared.RecordNotFoundException("Code", code);
		}
		model.addAttribute("view", view);
		model.addAttribute("code", code.strip());
		model.addAttribute("answers", answers);
		return "consultation/remove-code";
	}

	@PostMapping("/codes/remove")
	String removeCodeEverywhere(@PathVariable Long id, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		consultations.get(id);
		int removed = analysis.removeCodeEverywhere(id, code);
		redirect.addFlashAttribute("flash", "The code “" + code.strip() + "” has been removed from "
				+ (removed == 1 ? "1 answer." : removed + " answers."));
		return "redirect:/manage/consultations/" + id + "/analysis#codes";
	}

	private static void addIfThere(RedirectAttributes redirect, String name, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			redirect.addAttribute(name, value);
		}
	}

	/**
	 * Every submitted response, written to the browser as it is read (no length known ahead, so the
	 * browser shows the download growing): a consultation of a million responses neither waits nor
	 * sits in memory before the first bytes go.
	 */
	@GetMapping("/responses.csv")
	void csv(@PathVariable Long id, HttpServletResponse response) throws IOException {
		ConsultationView view = consultations.get(id);
		download(response, "text/csv;charset=UTF-8", "responses-" + id + ".csv");
		export.csv(view, response.getOutputStream());
	}

	/** The same as a workbook: built row by row through a temporary file, then sent. */
	@GetMapping("/responses.xlsx")
	void xlsx(@PathVariable Long id, HttpServletResponse response) throws IOException {
		ConsultationView view = consultations.get(id);
		download(response, MatrixController.XLSX.toString(), "responses-" + id + ".xlsx");
		export.xlsx(view, response.getOutputStream());
	}

	private static void download(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
	}
}

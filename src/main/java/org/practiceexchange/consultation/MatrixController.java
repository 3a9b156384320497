package org.practiceexchange.consultation;

import org.practiceexchange.shared.export.Spreadsheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.practiceexchange.shared.web.HtmxFragment;

/** The manager's matrix: heat-map table with totals, filter and sort, and its CSV and XLSX exports. */
@Controller
@RequestMapping("/manage/consultations/{id}")
class MatrixController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ConsultationService consultations;

	private final AnalysisService analysis;

	MatrixController(ConsultationService consultations, AnalysisService analysis) {
		this.consultations = consultations;
		this.analysis = analysis;
	}

	@GetMapping("/matrix")
	@HtmxFragment("results")
	String matrix(@PathVariable Long id, @RequestParam(required = false) Long category,
			@RequestParam(defaultValue = "number") String sort, Model model) {
		ConsultationView view = consultations.get(id);
		model.addAttribute("view", view);
		model.addAttribute("table", MatrixTable.of(view, category, sort));
		model.addAttribute("agreement", analysis.agreement(id));
		return "consultation/matrix";
	}

	/** The rows the page shows for the same filter and sort, in the same order. */
	@GetMapping("/matrix.csv")
	ResponseEntity<byte[]> csv(@PathVariable Long id, @RequestParam(required = false) Long category,
			@RequestParam(defaultValue = "number") String sort) {
		ConsultationView view = consultations.get(id);
		return download(Spreadsheets.csv(MatrixTable.header(view), MatrixTable.of(view, category, sort).exportRows()),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), "recommendations-" + id + ".csv");
	}

	@GetMapping("/matrix.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id, @RequestParam(required = false) Long category,
			@RequestParam(defaultValue = "number") String sort) {
		ConsultationView view = consultations.get(id);
		return download(Spreadsheets.xlsx("Recommendations", MatrixTable.header(view), MatrixTable.of(view, category, sort).exportRows()),
				XLSX,
				"recommendations-" + id + ".xlsx");
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}

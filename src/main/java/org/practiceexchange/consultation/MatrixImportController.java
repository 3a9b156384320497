package org.practiceexchange.consultation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.practiceexchange.shared.DomainRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import of the matrix in the browser: upload a file or paste a table, see the preview, confirm. */
@Controller
@RequestMapping("/manage/consultations/{id}/import")
class MatrixImportController {

	private final ConsultationService consultations;

	MatrixImportController(ConsultationService consultations) {
		this.consultations = consultations;
	}

	@GetMapping
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("view", consultations.get(id));
		model.addAttribute("table", "");
		return "consultation/import";
	}

	@PostMapping
	String preview(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String table, Model model) throws IOException {
		ConsultationView view = consultations.get(id);
		model.addAttribute("view", view);
		if (!view.draft()) {
			// The page says why there is nothing to import into; no preview of a table that cannot be used.
			model.addAttribute("table", "");
			return "consultation/import";
		}
		String text = table == null ? "" : table;
		MatrixImport.Format format = MatrixImport.Format.DETECT;
		try {
			if (file != null && !file.isEmpty()) {
				text = MatrixImport.decode(file.getBytes());
				String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
				format = name.endsWith(".csv") ? MatrixImport.Format.CSV
						: name.endsWith(".tsv") || name.endsWith(".tab") ? MatrixImport.Format.TSV : MatrixImport.Format.DETECT;
			}
			model.addAttribute("matrix", consultations.preview(text, format));
			model.addAttribute("table", text);
			model.addAttribute("format", format);
			return "consultation/import-preview";
		}
		catch (ImportRefused refused) {
			model.addAttribute("problems", refused.problems());
			model.addAttribute("table", file != null && !file.isEmpty() ? "" : text);
			return "consultation/import";
		}
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable Long id, @RequestParam String table, @RequestParam MatrixImport.Format format, Model model,
			RedirectAttributes redirect) {
		ConsultationView view = consultations.get(id);
		try {
			MatrixSummary summary = consultations.importTable(id, table, format);
			redirect.addFlashAttribute("flash", summary.recommendations() + " recommendations and " + summary.categories().size()
					+ " categories have been imported.");
			return "redirect:/manage/consultations/" + id + "/matrix";
		}
		catch (ImportRefused refused) {
			model.addAttribute("view", view);
			model.addAttribute("problems", refused.problems());
			model.addAttribute("table", table);
			return "consultation/import";
		}
		catch (DomainRuleException ex) {
			model.addAttribute("view", view);
			model.addAttribute("problems", List.of());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("table", table);
			return "consultation/import";
		}
	}
}

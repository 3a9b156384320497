package org.practiceexchange.programme;

import java.util.List;

import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: what is on offer, filtered by model, status and theme. */
@Controller
class CatalogueController {

	static final Sort ORDER = Sort.by(Sort.Order.desc("startYear"), Sort.Order.asc("name"));

	private final ProgrammeService programmes;

	CatalogueController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("open", programmes.search(null, null, ProgrammeStatus.OPEN, null, PageRequest.of(0, 6, ORDER)).getContent());
		return "programme/home";
	}

	@GetMapping("/programmes")
	@HtmxFragment("results")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) ProgrammeModel model,
			@RequestParam(required = false) ProgrammeStatus status, @RequestParam(required = false) Long theme,
			@RequestParam(defaultValue = "0") int page, Model view) {
		view.addAttribute("q", q);
		view.addAttribute("model", model);
		view.addAttribute("status", status);
		view.addAttribute("theme", theme);
		view.addAttribute("models", List.of(ProgrammeModel.values()));
		view.addAttribute("statuses", List.of(ProgrammeStatus.values()));
		view.addAttribute("themes", programmes.allThemes());
		view.addAttribute("page", programmes.search(q, model, status, theme, PageRequest.of(Math.max(page, 0), 10, ORDER)));
		return "programme/catalogue";
	}

	@GetMapping("/programmes/{id}")
	String programme(@PathVariable Long id, Model model) {
		model.addAttribute("programme", programmes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme", id)));
		return "programme/programme";
	}
}

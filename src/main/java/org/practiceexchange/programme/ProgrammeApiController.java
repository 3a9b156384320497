package org.practiceexchange.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Programmes")
class ProgrammeApiController {

	private final ProgrammeService programmes;

	ProgrammeApiController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/programmes")
	@Operation(summary = "The programme catalogue, newest first; filter by text, model, status and theme id")
	PageView<ProgrammeSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) ProgrammeModel model, @RequestParam(required = false) ProgrammeStatus status,
			@RequestParam(required = false) Long theme, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), CatalogueController.ORDER);
		return PageView.of(programmes.search(q, model, status, theme, request));
	}

	@GetMapping("/programmes/{id}")
	@Operation(summary = "One programme with its cohorts and themes")
	ProgrammeSummary one(@PathVariable Long id) {
		return programmes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme", id));
	}

	@GetMapping("/themes")
	@Operation(summary = "Every theme, including retired ones (flagged)")
	List<ThemeSummary> themes() {
		return programmes.allThemes();
	}
}

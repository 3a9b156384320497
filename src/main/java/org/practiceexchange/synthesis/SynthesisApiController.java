package org.practiceexchange.synthesis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Synthesis figures for a programme, cohort or theme: figures only, nobody named, so open to everyone. */
@RestController
@RequestMapping("/api")
@Tag(name = "Synthesis")
class SynthesisApiController {

	private final FigureService figures;

	SynthesisApiController(FigureService figures) {
		this.figures = figures;
	}

	@GetMapping("/synthesis")
	@Operation(summary = "Figures built from the records of one programme, cohort or theme (give exactly one); "
			+ "changes are in the better direction, spread is lowest, quartiles (QUARTILE.INC) and highest")
	SynthesisFigures synthesis(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long cohort,
			@RequestParam(required = false) Long theme) {
		int given = (programme == null ? 0 : 1) + (cohort == null ? 0 : 1) + (theme == null ? 0 : 1);
		if (given != 1) {
			throw new IllegalArgumentException("Give exactly one of programme, cohort or theme, as its id");
		}
		if (programme != null) {
			return figures.figures(Scope.PROGRAMME, programme);
		}
		return cohort != null ? figures.figures(Scope.COHORT, cohort) : figures.figures(Scope.THEME, theme);
	}
}

package org.practiceexchange.resource;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outputs repository as JSON: search with facets, and one output. */
@RestController
@Tag(name = "Outputs")
class OutputApiController {

	record SearchAnswer(long total, List<OutputSummary> content, Map<String, Map<String, Long>> facets, int page,
			int size, int totalPages) {
	}

	private final OutputSearch search;

	private final OutputService outputs;

	OutputApiController(OutputSearch search, OutputService outputs) {
		this.search = search;
		this.outputs = outputs;
	}

	@GetMapping("/api/resources")
	@Operation(summary = "Search published outputs by text, theme, type, programme, year, licence and region, with facet counts")
	SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> theme,
			@RequestParam(required = false) List<OutputType> type, @RequestParam(required = false) List<String> programme,
			@RequestParam(required = false) List<Integer> year, @RequestParam(required = false) List<Licence> licence,
			@RequestParam(required = false) List<String> region, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		OutputSearch.Result result = search
			.search(new OutputQuery(q, theme, type, programme, year, licence, region, sort, page, size));
		return new SearchAnswer(result.total(), result.content(), result.facets(), result.page(), result.size(),
				result.totalPages());
	}

	@GetMapping("/api/resources/{id}")
	@Operation(summary = "One output: published ones for everyone, others for those who may see them")
	OutputSummary output(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return outputs.view(me, id).summary(outputs.baseUrl());
	}
}

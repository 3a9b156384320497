package org.practiceexchange.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations")
class OrganisationApiController {

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "Organisations by name; filter by text, type and region")
	PageView<OrganisationSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Region region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("name"));
		return PageView.of(organisations.search(q, type, region, request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation")
	OrganisationSummary one(@PathVariable Long id) {
		return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
	}
}

package org.practiceexchange.consultation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Consultations")
class ConsultationApiController {

	static final String TEXT_CSV = "text/csv";

	static final String TEXT_TSV = "text/tab-separated-values";

	private final ConsultationService consultations;

	ConsultationApiController(ConsultationService consultations) {
		this.consultations = consultations;
	}

	record Created(Long id) {
	}

	@PostMapping
	@Operation(summary = "Create a draft consultation (programme managers)")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<Created> create(@Valid @RequestBody TitleCommand command, @AuthenticationPrincipal SignedInPerson me) {
		Long id = consultations.create(command.title(), me.id());
		return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(new Created(id));
	}

	@PutMapping(path = "/{id}/recommendations", consumes = { TEXT_CSV, TEXT_TSV })
	@Operation(summary = "Replace the recommendation matrix with a CSV (RFC 4180) or tab-separated table; refused whole on any error")
	MatrixSummary importTable(@PathVariable Long id, @RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestBody(required = false) byte[] table) {
		boolean tabs = contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(TEXT_TSV));
		return consultations.importTable(id, table, tabs ? MatrixImport.Format.TSV : MatrixImport.Format.CSV);
	}

	@GetMapping("/{id}/summary")
	@Operation(summary = "How many recommendations, and each category's applies and uncertain totals in header order")
	MatrixSummary summary(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		ConsultationView view = consultations.get(id);
		if (view.draft() && (me == null || !me.hasRole(Role.PROGRAMME_MANAGER))) {
			throw new RecordNotFoundException("Consultation", id);
		}
		return view.summary();
	}

	@ExceptionHandler(ImportRefused.class)
	ResponseEntity<ProblemDetail> refused(ImportRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join("; ", refused.problems().stream().map(ImportProblem::describe).toList()));
		problem.setTitle("The table cannot be imported");
		problem.setType(URI.create("about:blank"));
		List<Map<String, Object>> errors = refused.problems().stream()
			.map(p -> Map.<String, Object>of("line", p.line(), "column", p.column(), "message", p.message())).toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}
}

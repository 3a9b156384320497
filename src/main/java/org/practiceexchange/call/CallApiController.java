package org.practiceexchange.call;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Calls for proposals")
class CallApiController {

	private final CallService calls;

	private final ProposalService proposals;

	CallApiController(CallService calls, ProposalService proposals) {
		this.calls = calls;
		this.proposals = proposals;
	}

	@GetMapping("/calls")
	@Operation(summary = "Published calls (upcoming, open and past), latest deadline first")
	List<CallView.Listed> list() {
		return calls.published().stream().map(CallView::listed).toList();
	}

	@GetMapping("/calls/{id}")
	@Operation(summary = "One published call with its criteria and weights")
	CallView one(@PathVariable Long id) {
		return calls.findPublished(id);
	}

	@PostMapping("/calls/{id}/proposals")
	@Operation(summary = "Start a proposal (provider leads); partners are invited by e-mail")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<Map<String, Long>> start(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ProposalForms.Start form) {
		Long created = proposals.start(me, id, form);
		return ResponseEntity.created(URI.create("/api/proposals/" + created)).body(Map.of("id", created));
	}

	@GetMapping("/proposals/{id}")
	@Operation(summary = "A proposal, for its writers, its assigned reviewers and programme managers")
	ProposalView proposal(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return proposals.view(me, id);
	}

	@PutMapping("/proposals/{id}")
	@Operation(summary = "Save the draft's details (title, theme, aims, outcomes); 409 once submitted or if the section changed since 'version'")
	ProposalView update(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ProposalForms.Details form) {
		return proposals.editDetails(me, id, form);
	}

	@PostMapping("/proposals/{id}/partners")
	@Operation(summary = "Name another partner on a draft (leads of the lead organisation); it is invited by e-mail; 409 once submitted")
	ProposalView addPartner(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ProposalForms.NewPartner form) {
		return proposals.addPartner(me, id, form.partnerOrganisationId());
	}

	@DeleteMapping("/proposals/{id}/partners/{organisationId}")
	@Operation(summary = "Take a partner off a draft, withdrawing its invitation (leads of the lead organisation); 409 once submitted")
	ProposalView removePartner(@PathVariable Long id, @PathVariable Long organisationId,
			@AuthenticationPrincipal SignedInPerson me) {
		return proposals.removePartner(me, id, organisationId);
	}

	@PostMapping("/proposals/{id}/submit")
	@Operation(summary = "Submit: 422 naming what is missing, 409 after the deadline or when already submitted")
	@ApiResponse(responseCode = "200", description = "The submitted proposal")
	@ApiResponse(responseCode = "422", description = "The proposal is not complete; `errors` lists what is missing")
	ProposalView submit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return proposals.submit(me, id);
	}

	@PostMapping("/proposals/{id}/withdraw")
	@Operation(summary = "Withdraw a submitted proposal before the deadline (the submission stays in the trace)")
	ProposalView withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return proposals.withdraw(me, id);
	}

	/** Two saves of the same proposal at the same moment: the later one is refused, never merged silently. */
	@ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> savedAtTheSameMoment(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else saved this proposal at the same moment. Reload it and try again.");
		problem.setTitle("Request conflicts with the record's state");
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(ProposalIncompleteException.class)
	ResponseEntity<ProblemDetail> incomplete(ProposalIncompleteException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("The proposal is not complete");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", ex.missing().stream()
			.map(missing -> Map.of("field", missing.field(), "message", missing.message())).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}

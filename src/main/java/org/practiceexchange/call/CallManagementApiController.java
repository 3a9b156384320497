package org.practiceexchange.call;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the manager's call page does, through the API: a published call's deadline extended or the
 * call closed early (with a reason), a funded proposal withdrawn from its funding after the release
 * and a reserve promoted in its place. A rule about a field the request sent (a deadline in the
 * past) is 422; a rule about the record's state (the call has closed, no place is free) is 409.
 */
@RestController
@RequestMapping("/api/calls/{id}")
@Tag(name = "Calls for proposals")
class CallManagementApiController {

	private final CallDeadlines deadlines;

	private final DecisionService decisions;

	private final CallService calls;

	private final ProposalService proposals;

	CallManagementApiController(CallDeadlines deadlines, DecisionService decisions, CallService calls,
			ProposalService proposals) {
		this.deadlines = deadlines;
		this.decisions = decisions;
		this.calls = calls;
		this.proposals = proposals;
	}

	/** The new deadline (UK local time) and why it moves. */
	record NewDeadline(
			@Schema(description = "The new deadline, UK local time, as an ISO 8601 date and time without an offset", type = "string", format = "local-date-time", pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", example = "2027-03-31T17:00", requiredMode = Schema.RequiredMode.REQUIRED)
			@NotNull(message = "Give the new deadline") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "Give the reason") @Size(max = 2000, message = "Keep the reason under 2,000 characters") String reason) {
	}

	/** Why: kept in the call's or the proposal's history and sent in the e-mails. */
	record Reason(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "Give the reason") @Size(max = 2000, message = "Keep the reason under 2,000 characters") String reason) {
	}

	@PostMapping("/deadline")
	@Operation(summary = "Extend a published call's deadline (programme managers); the reason is kept in the call's history and drafts' leads are e-mailed")
	@ApiResponse(responseCode = "200", description = "The call with its new deadline")
	@ApiResponse(responseCode = "409", description = "The call is not published or has closed", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The new deadline is not in the future or not after the current one", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	CallView extend(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, @Valid @RequestBody NewDeadline body) {
		deadlines.extend(me.id(), id, new ProposalForms.Extend(body.deadline(), body.reason()));
		return calls.find(id);
	}

	@PostMapping("/close-early")
	@Operation(summary = "Close an open call now (programme managers); the reason is kept in the call's history and drafts' leads are e-mailed")
	@ApiResponse(responseCode = "200", description = "The call, closed")
	@ApiResponse(responseCode = "409", description = "The call is not open", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	CallView closeEarly(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, @Valid @RequestBody Reason body) {
		deadlines.closeEarly(me.id(), id, new ProposalForms.CloseEarly(body.reason()));
		return calls.find(id);
	}

	@PostMapping("/proposals/{proposalId}/funding-withdrawal")
	@Operation(summary = "A funded proposal withdraws from its funding after the release (programme managers, provider leads of its lead organisation); its project is closed")
	@ApiResponse(responseCode = "200", description = "The proposal, withdrawn")
	@ApiResponse(responseCode = "403", description = "Not the manager or a provider lead of the lead organisation", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not funded, not released yet, or already withdrawn", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ProposalView withdrawFunding(@PathVariable Long id, @PathVariable Long proposalId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody Reason body) {
		decisions.checkOfCall(me, id, proposalId, true);
		decisions.withdrawFunding(me, proposalId, body.reason());
		return proposals.view(me, proposalId);
	}

	@PostMapping("/proposals/{proposalId}/promotion")
	@Operation(summary = "Fund a reserve in a place a withdrawal left (programme managers), within the call's capacity")
	@ApiResponse(responseCode = "200", description = "The proposal, now funded")
	@ApiResponse(responseCode = "409", description = "Not a reserve, the decisions are not released, or every place is funded", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ProposalView promote(@PathVariable Long id, @PathVariable Long proposalId, @AuthenticationPrincipal SignedInPerson me) {
		decisions.checkOfCall(me, id, proposalId, false);
		decisions.promote(me.id(), proposalId);
		return proposals.view(me, proposalId);
	}

	/** A rule about a field the request sent is 422 naming it; a rule about the record's state is 409. */
	@ExceptionHandler(DomainRuleException.class)
	ResponseEntity<ProblemDetail> refused(DomainRuleException ex) {
		boolean aboutInput = ex.field() != null && !"decision".equals(ex.field());
		HttpStatus status = aboutInput ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(aboutInput ? "The request breaks a rule" : "Request conflicts with the record's state");
		problem.setType(URI.create("about:blank"));
		if (ex.field() != null) {
			String field = "closesAt".equals(ex.field()) ? "deadline" : ex.field();
			problem.setProperty("errors", List.of(Map.of("field", field, "message", ex.getMessage())));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}

package org.practiceexchange.report;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.resource.OutputSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportApiController {

	private final ReportService reports;

	private final ReportWorkflow workflow;

	ReportApiController(ReportService reports, ReportWorkflow workflow) {
		this.reports = reports;
		this.workflow = workflow;
	}

	@GetMapping("/api/reports")
	@Operation(summary = "The reports the caller may see, newest first (titles left out for provider leads)")
	List<ReportViews.Line> visible(@AuthenticationPrincipal SignedInPerson me) {
		return reports.visibleTo(me, Pageable.unpaged()).getContent();
	}

	@GetMapping("/api/reports/{id}")
	@Operation(summary = "A report in full (current version, page count, comments, history, versions), or its status only for a provider lead")
	Object report(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return reports.view(id, me);
	}

	@PostMapping("/api/inquiries/{inquiryId}/report")
	@Operation(summary = "Start the report of the caller's inquiry (at EVALUATE or COMPLETE), pre-filled from it; 409 if it has one or is not ready")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<Object> startForInquiry(@PathVariable Long inquiryId, @AuthenticationPrincipal SignedInPerson me) {
		return created(workflow.startForInquiry(inquiryId, me), me);
	}

	@PostMapping("/api/projects/{projectId}/outcome-report")
	@Operation(summary = "Start a project's outcome report (a provider lead of the lead provider); 409 if it has one")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<Object> startForProject(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me) {
		return created(workflow.startForProject(projectId, me), me);
	}

	@PutMapping("/api/reports/{id}")
	@Operation(summary = "Change the report's text (the author, while a draft or after comments); 409 otherwise")
	Object edit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, @Valid @RequestBody ReportForms.Text form) {
		workflow.edit(id, me, form);
		return reports.view(id, me);
	}

	@PostMapping("/api/reports/{id}/submit")
	@Operation(summary = "Submit the report (or its revision) to be signed off; 409 naming empty sections or when already submitted")
	Object submit(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		workflow.submit(id, me);
		return reports.view(id, me);
	}

	@PostMapping("/api/reports/{id}/comments")
	@Operation(summary = "Send comments back to the author (the signer; a practitioner report's facilitator too), or with \"sendBack\": false add a comment the author reads while the report stays to be signed off; 409 unless submitted")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<Object> comment(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ReportForms.Comments form) {
		workflow.comment(id, me, form);
		return ResponseEntity.status(201).body(reports.view(id, me));
	}

	@PostMapping("/api/reports/{id}/sign-off")
	@Operation(summary = "Sign the submitted version off (the project's mentor, or its validator for an outcome report); 409 unless submitted")
	Object signOff(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		workflow.signOff(id, me);
		return reports.view(id, me);
	}

	@PostMapping("/api/reports/{id}/corrections")
	@Operation(summary = "Open a new version to correct a signed-off report (the author); the signed-off version stays readable")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<Object> correct(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ReportForms.Correction form) {
		workflow.correct(id, me, form);
		return ResponseEntity.status(201).body(reports.view(id, me));
	}

	@PostMapping("/api/reports/{id}/publish")
	@Operation(summary = "Publish the latest signed-off version as an output with its PDF, in one step (the author or the programme manager)")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<OutputSummary> publish(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody ReportForms.Publish form) {
		OutputSummary output = workflow.publish(id, me, form);
		return ResponseEntity.created(URI.create("/api/resources/" + output.id())).body(output);
	}

	@GetMapping("/api/reports/{id}/versions/{number}")
	@Operation(summary = "One version of the report, e.g. the signed-off one while a correction is in draft")
	@ApiResponse(responseCode = "200", description = "The version")
	@ApiResponse(responseCode = "403", description = "A provider lead, who follows the status only")
	ReportViews.VersionView version(@PathVariable Long id, @PathVariable int number, @AuthenticationPrincipal SignedInPerson me) {
		return reports.version(id, number, me);
	}

	@GetMapping("/api/reports/{id}/report.pdf")
	@Operation(summary = "The current version as an A4 PDF")
	@ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "A provider lead, who follows the status only")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return ReportPageController.pdf(reports.pdf(id, null, me), "report-" + id + ".pdf");
	}

	private ResponseEntity<Object> created(Long id, SignedInPerson me) {
		return ResponseEntity.created(URI.create("/api/reports/" + id)).body(reports.view(id, me));
	}
}

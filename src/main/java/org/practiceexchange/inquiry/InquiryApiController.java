package org.practiceexchange.inquiry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.SimultaneousWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inquiries")
class InquiryApiController {

	private final InquiryService inquiries;

	private final SimultaneousWrites writes;

	InquiryApiController(InquiryService inquiries, SimultaneousWrites writes) {
		this.inquiries = inquiries;
		this.writes = writes;
	}

	@PostMapping("/api/projects/{projectId}/inquiries")
	@Operation(summary = "Start an inquiry in a project the caller is a member of; it starts at the AUDIT stage")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<InquiryViews.Full> start(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.Start form) {
		InquiryViews.Full created = inquiries.start(projectId, me, form);
		return ResponseEntity.created(URI.create("/api/inquiries/" + created.id())).body(created);
	}

	@GetMapping("/api/inquiries")
	@Operation(summary = "The inquiries the caller may see (titles left out for provider leads)")
	List<InquiryViews.Line> visible(@AuthenticationPrincipal SignedInPerson me) {
		return inquiries.visibleTo(me);
	}

	@GetMapping("/api/inquiries/{id}")
	@Operation(summary = "An inquiry in full, or its progress only for the practitioner's provider lead")
	Object inquiry(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return inquiries.view(id, me);
	}

	@PostMapping("/api/inquiries/{id}/measures")
	@Operation(summary = "Add a measure with its baseline value")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<MeasureView> addMeasure(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.NewMeasure form) {
		MeasureView measure = inquiries.addMeasure(id, me, form);
		return ResponseEntity.created(URI.create("/api/inquiries/" + id + "/measures/" + measure.id())).body(measure);
	}

	@PutMapping("/api/inquiries/{id}/measures/{measureId}")
	@Operation(summary = "Correct a measure (name, unit, kind, scale, baseline, baseline note, direction of better: parts left "
			+ "out stay as they are) until its re-audit value is recorded, and/or record that re-audit value (from the REAUDIT "
			+ "stage); every correction is kept in the inquiry's measureChanges")
	@ApiResponse(responseCode = "200", description = "The measure as it now is")
	@ApiResponse(responseCode = "409", description = "Refused, with the reason: the re-audit is recorded, the stage is not yet the re-audit, or the inquiry is complete or withdrawn")
	MeasureView updateMeasure(@PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.MeasureUpdate form) {
		return inquiries.updateMeasure(id, measureId, me, form);
	}

	@DeleteMapping("/api/inquiries/{id}/measures/{measureId}")
	@Operation(summary = "Remove a measure, at the AUDIT or PLAN stage only; the removal is kept in the inquiry's measureChanges")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "Refused, with the reason (the inquiry is past planning, complete or withdrawn)")
	ResponseEntity<Void> removeMeasure(@PathVariable Long id, @PathVariable Long measureId,
			@AuthenticationPrincipal SignedInPerson me) {
		inquiries.removeMeasure(id, measureId, me);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/inquiries/{id}/withdrawal")
	@Operation(summary = "The practitioner withdraws their inquiry, with an optional reason: it is kept, read-only, and left "
			+ "out of counts and syntheses")
	@ApiResponse(responseCode = "200", description = "The inquiry, now withdrawn")
	@ApiResponse(responseCode = "409", description = "Already withdrawn, or complete")
	InquiryViews.Full withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody(required = false) InquiryForms.Withdrawal form) {
		return inquiries.withdraw(id, me, form);
	}

	@PostMapping("/api/inquiries/{id}/advance")
	@Operation(summary = "Move to the next stage; 409 problem details say what is missing")
	InquiryViews.Full advance(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return inquiries.advance(id, me);
	}

	@PostMapping("/api/inquiries/{id}/plan")
	@Operation(summary = "Save a new version of the action plan")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<PlanView> plan(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.Plan form) {
		PlanView plan = inquiries.revisePlan(id, me, form);
		return ResponseEntity.created(URI.create("/api/inquiries/" + id + "/plan/" + plan.version())).body(plan);
	}

	@GetMapping("/api/inquiries/{id}/plan/{version}")
	@Operation(summary = "An earlier (or the current) version of the action plan")
	@ApiResponse(responseCode = "200", description = "The version of the plan")
	@ApiResponse(responseCode = "403", description = "A provider lead, who follows the status only")
	PlanView planVersion(@PathVariable Long id, @PathVariable int version, @AuthenticationPrincipal SignedInPerson me) {
		return inquiries.planVersion(id, version, me);
	}

	@PostMapping("/api/inquiries/{id}/comments")
	@Operation(summary = "Comment on the inquiry (mentor, facilitator, or the practitioner replying)")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<Void> comment(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.Comment form) {
		writes.add(() -> inquiries.comment(id, me, form));
		return ResponseEntity.status(201).build();
	}

	@PostMapping("/api/inquiries/{id}/log")
	@Operation(summary = "Add an intervention log entry")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<Void> log(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.LogEntry form) {
		writes.add(() -> inquiries.log(id, me, form));
		return ResponseEntity.status(201).build();
	}

	@PutMapping("/api/inquiries/{id}/evaluation")
	@Operation(summary = "Write or change the evaluation (from the EVALUATE stage)")
	Object evaluation(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me,
			@Valid @RequestBody InquiryForms.Evaluation form) {
		inquiries.evaluate(id, me, form);
		return inquiries.view(id, me);
	}
}

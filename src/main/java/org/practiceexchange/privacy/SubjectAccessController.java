package org.practiceexchange.privacy;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subject access: the signed-in person's own data, as JSON from the API and as a download from the
 * account page. Only ever the caller's own; there is no id to ask for anyone else's.
 */
@RestController
@Tag(name = "People")
class SubjectAccessController {

	static final String FILE_NAME = "my-data.json";

	private final SubjectAccess subjectAccess;

	SubjectAccessController(SubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping(path = "/api/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Everything kept about the caller, one key per section (subject access)")
	Map<String, Object> export(@AuthenticationPrincipal SignedInPerson me) {
		return subjectAccess.exportOf(me.id());
	}

	@GetMapping(path = "/account/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal SignedInPerson me) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(subjectAccess.exportOf(me.id()));
	}
}

package org.practiceexchange.synthesis;

import java.nio.charset.StandardCharsets;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Published syntheses, open to everyone; the manager may preview one before publishing it. */
@Controller
@RequestMapping("/syntheses")
class SynthesisPageController {

	private final SynthesisService syntheses;

	private final Exports exports;

	SynthesisPageController(SynthesisService syntheses, Exports exports) {
		this.syntheses = syntheses;
		this.exports = exports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("syntheses", syntheses.published());
		return "synthesis/list";
	}

	@GetMapping("/{id}")
	String synthesis(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("page", syntheses.publicPage(id, me));
		return "synthesis/synthesis";
	}

	@GetMapping("/{id}/synthesis.csv")
	ResponseEntity<byte[]> csv(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		Views.Page page = syntheses.publicPage(id, me);
		return download(exports.csv(page).getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"synthesis-" + id + ".csv");
	}

	@GetMapping("/{id}/synthesis.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return download(exports.pdf(syntheses.publicPage(id, me)), MediaType.APPLICATION_PDF, "synthesis-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}

package org.practiceexchange.resource;

import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public browsing and search, an output's page with its citation, downloads, and approval. */
@Controller
class OutputPageController {

	private final OutputService outputs;

	private final OutputSearch search;

	private final OutputPage page;

	OutputPageController(OutputService outputs, OutputSearch search, OutputPage page) {
		this.outputs = outputs;
		this.search = search;
		this.page = page;
	}

	@GetMapping("/outputs")
	@HtmxFragment("results")
	String browse(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> theme,
			@RequestParam(required = false) List<OutputType> type, @RequestParam(required = false) List<String> programme,
			@RequestParam(required = false) List<Integer> year, @RequestParam(required = false) List<Licence> licence,
			@RequestParam(required = false) List<String> region, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OutputQuery query = new OutputQuery(q, theme, type, programme, year, licence, region, sort, page, 10);
		model.addAttribute("query", query);
		OutputSearch.Result result = search.search(query);
		model.addAttribute("result", result);
		model.addAttribute("page", new org.springframework.data.domain.PageImpl<>(result.content(),
				org.springframework.data.domain.PageRequest.of(query.page(), query.size()), result.total()));
		model.addAttribute("sorts", OutputQuery.SORTS);
		return "resource/browse";
	}

	@GetMapping("/outputs/{id}")
	String output(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		page.show(me, id, model);
		return OutputPage.VIEW;
	}

	@GetMapping("/outputs/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long fileId,
			@AuthenticationPrincipal SignedInPerson me) {
		OutputService.Download file = outputs.download(me, id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-transform")
			.body(file.content());
	}

	@PostMapping("/outputs/{id}/approve")
	String approve(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		try {
			Output output = outputs.approve(me, id);
			redirect.addFlashAttribute("flash", output.title() + " is published.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/outputs/" + id;
	}

	@PostMapping("/outputs/{id}/send-back")
	String sendBack(@PathVariable Long id, @Valid @ModelAttribute("sendBack") OutputForms.Decision form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, () -> {
			Output output = outputs.sendBack(me, id, form.note());
			redirect.addFlashAttribute("flash", output.title() + " has been sent back to its proposer.");
			return "redirect:/outputs/" + id;
		}, () -> {
			OutputView shown = page.show(me, id, model);
			// a note that failed validation never reached the service's own check of who decides
			if (!shown.mayApprove()) {
				throw new AccessDeniedException("You do not approve this output");
			}
			if (shown.status() != OutputStatus.PROPOSED) {
				FormPost.atTheTop(model, result);
			}
			return OutputPage.VIEW;
		});
	}
}

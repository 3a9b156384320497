package org.practiceexchange.resource;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participant's cascade log, and reach figures for programme managers, each as CSV too. */
@Controller
class CascadeController {

	private final CascadeService cascade;

	private final ProgrammeCatalogue programmes;

	private final Clock clock;

	CascadeController(CascadeService cascade, ProgrammeCatalogue programmes, Clock clock) {
		this.cascade = cascade;
		this.programmes = programmes;
		this.clock = clock;
	}

	@GetMapping("/my/cascade")
	String log(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("record", CascadeForm.empty(LocalDate.now(clock)));
		return page(me, model);
	}

	@PostMapping("/my/cascade")
	String record(@AuthenticationPrincipal SignedInPerson me, @Valid @ModelAttribute("record") CascadeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				cascade.record(me, form);
				redirect.addFlashAttribute("flash", "Your record of sharing has been saved.");
				return "redirect:/my/cascade";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, model);
	}

	@GetMapping("/my/cascade.csv")
	void myCsv(@AuthenticationPrincipal SignedInPerson me, HttpServletResponse response) throws IOException {
		cascade.writeCsv(cascade.mine(me), csv(response, "my-cascade-log.csv"));
	}

	@GetMapping("/manage/cascade")
	String reach(Model model) {
		model.addAttribute("reach", cascade.reach());
		return "resource/reach";
	}

	@GetMapping("/manage/cascade.csv")
	void allCsv(HttpServletResponse response) throws IOException {
		cascade.writeCsv(cascade.all(), csv(response, "cascade-log.csv"));
	}

	@GetMapping("/manage/cascade/reach.csv")
	void reachCsv(HttpServletResponse response) throws IOException {
		cascade.writeReachCsv(cascade.reach(), csv(response, "cascade-reach.csv"));
	}

	private static OutputStreamWriter csv(HttpServletResponse response, String name) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
	}

	private String page(SignedInPerson me, Model model) {
		List<CascadeService.CascadeView> mine = cascade.mine(me);
		model.addAttribute("records", mine);
		model.addAttribute("totalReached", mine.stream().mapToInt(CascadeService.CascadeView::peopleReached).sum());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("modes", SharingMode.values());
		model.addAttribute("outputs", cascade.outputChoices());
		model.addAttribute("projects", cascade.projectChoices(me));
		model.addAttribute("programmes", programmes.all());
		return "resource/cascade";
	}
}

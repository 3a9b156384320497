package org.practiceexchange.programme;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.export.Downloads;
import org.practiceexchange.shared.web.FormPost;
import org.practiceexchange.shared.web.HtmxFragment;
import org.practiceexchange.shared.web.RowForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applications waiting for (or past) a programme manager's decision. */
@Controller
@RequestMapping("/manage/applications")
class EnrolmentAdminController {

	private static final int PAGE_SIZE = 25;

	/** Oldest first; the id orders applications made at the same moment, so each has one place in the list. */
	private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("appliedAt"), Sort.Order.asc("id"));

	private final EnrolmentService enrolments;

	private final MessageSource messages;

	EnrolmentAdminController(EnrolmentService enrolments, MessageSource messages) {
		this.enrolments = enrolments;
		this.messages = messages;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false, defaultValue = "PENDING") String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		show(filter(status), page, model);
		return "programme/manage-applications";
	}

	/** The applications the list shows (same status filter, optionally one cohort), as CSV. */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false, defaultValue = "PENDING") String status,
			@RequestParam(required = false) Long cohort) {
		return Downloads.csv("applications", exportHeader(), exportRows(filter(status), cohort));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false, defaultValue = "PENDING") String status,
			@RequestParam(required = false) Long cohort) {
		return Downloads.xlsx("applications", text("applications.manage.title"), exportHeader(),
				exportRows(filter(status), cohort));
	}

	private List<String> exportHeader() {
		return List.of(text("application.programme"), text("application.cohort"), text("application.applicant"),
				text("person.email"), text("person.organisation"), text("application.applied"),
				text("application.status"), text("application.decided"), text("application.note"),
				text("application.statement"));
	}

	/** One row per application, grouped by programme and cohort, oldest first within each. */
	private List<List<Object>> exportRows(EnrolmentStatus status, Long cohort) {
		return enrolments.search(status, cohort, Pageable.unpaged(OLDEST_FIRST))
			.stream()
			.sorted(Comparator.comparing(EnrolmentView::programmeName).thenComparing(EnrolmentView::cohortName)
				.thenComparing(EnrolmentView::cohortId))
			.map(a -> java.util.Arrays.<Object>asList(a.programmeName(), a.cohortName(), a.personName(),
					a.personEmail(), a.organisationName(), Downloads.ukTime(a.appliedAt()),
					text("applicationStatus." + a.status()), Downloads.ukTime(a.decidedAt()), a.decisionNote(),
					a.statement()))
			.toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** The list with a decision form on each waiting application: the one just posted keeps its note and errors. */
	private Page<EnrolmentView> show(EnrolmentStatus filter, int page, Model model) {
		Page<EnrolmentView> shown = enrolments.search(filter, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE, OLDEST_FIRST));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", EnrolmentStatus.values());
		model.addAttribute("page", shown);
		RowForms.fill(model, "decision", shown.getContent(), EnrolmentView::id, row -> new EnrolmentForms.Decision(""));
		return shown;
	}

	/**
	 * Accepts or declines (the button pressed is the outcome). When that fails, the list is shown
	 * again, filtered as it was ({@code status}, a hidden field of each form) and at the page where
	 * the application stands, with the note as typed and the message on that application's form.
	 */
	@PostMapping("/{id}/decision")
	String decide(@PathVariable Long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false, defaultValue = "PENDING") String status,
			@Valid @ModelAttribute("decision") EnrolmentForms.Decision decision, BindingResult result,
			@AuthenticationPrincipal SignedInPerson me, Model model, RedirectAttributes redirect) {
		boolean accept = "accept".equals(outcome);
		if (!accept && !"decline".equals(outcome)) {
			result.reject("outcome", "Choose whether to accept or decline the application");
		}
		return FormPost.submit(result, () -> {
			enrolments.decide(id, accept, decision.note(), me.id());
			redirect.addFlashAttribute("flash", accept ? "The application has been accepted and the applicant told."
					: "The application has been declined and the applicant told.");
			return "redirect:/manage/applications";
		}, () -> {
			EnrolmentStatus filter = filter(status);
			RowForms.keep(model, "decision", id, result);
			Page<EnrolmentView> shown = show(filter, enrolments.pageOf(id, filter, PAGE_SIZE), model);
			if (shown.stream().noneMatch(row -> row.id().equals(id) && row.status() == EnrolmentStatus.PENDING)) {
				FormPost.atTheTop(model, result);
			}
			return "programme/manage-applications";
		});
	}

	/** A status by name; anything else (ALL included) lists every application. */
	private static EnrolmentStatus filter(String status) {
		return java.util.Arrays.stream(EnrolmentStatus.values())
			.filter(candidate -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
	}
}

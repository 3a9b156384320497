package org.practiceexchange.learningset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guided meeting page of an action learning set, and its minutes. */
@Controller
class MeetingController {

	private static final int ACTION_ROWS = 3;

	private final MeetingService meetings;

	private final Clock clock;

	MeetingController(MeetingService meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	/** A member to choose as presenter. */
	record Option(Long id, String name) {
	}

	@GetMapping("/projects/{projectId}/meetings")
	String overview(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("overview", meetings.overview(projectId, me));
		return "learningset/meetings";
	}

	@GetMapping("/projects/{projectId}/meetings/new")
	String form(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("meeting", MeetingForm.empty(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)), ACTION_ROWS));
		return page(projectId, me, model);
	}

	@PostMapping("/projects/{projectId}/meetings/new")
	String record(@PathVariable Long projectId, @AuthenticationPrincipal SignedInPerson me,
			@Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = page(projectId, me, model);
		if (!result.hasErrors()) {
			try {
				Long id = meetings.record(projectId, me, form);
				redirect.addFlashAttribute("flash", "The meeting has been recorded. Its actions will come up for review at the next meeting.");
				return "redirect:/projects/" + projectId + "/meetings/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		while (form.actions().size() < ACTION_ROWS) {
			form.actions().add("");
		}
		return view;
	}

	@GetMapping("/projects/{projectId}/meetings/{meetingId}")
	String minutes(@PathVariable Long projectId, @PathVariable Long meetingId, @AuthenticationPrincipal SignedInPerson me,
			Model model) {
		model.addAttribute("minutes", meetings.minutes(projectId, meetingId, me));
		model.addAttribute("project", meetings.setFor(projectId, me));
		return "learningset/minutes";
	}

	private String page(Long projectId, SignedInPerson me, Model model) {
		MeetingService.Overview overview = meetings.overview(projectId, me);
		model.addAttribute("overview", overview);
		model.addAttribute("presenters", overview.project().members().stream()
			.map(m -> new Option(m.personId(), overview.memberNames().get(m.personId()))).toList());
		model.addAttribute("outcomes", List.of(SetAction.Status.DONE, SetAction.Status.PARTLY, SetAction.Status.NOT_YET,
				SetAction.Status.DROPPED));
		return "learningset/meeting-form";
	}
}

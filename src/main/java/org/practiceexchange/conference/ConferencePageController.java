package org.practiceexchange.conference;

import java.util.List;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The conference as everyone sees it: editions, the published programme, and registering for a place. */
@Controller
class ConferencePageController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final ConferenceService conferences;

	private final TalkService talks;

	private final RegistrationService registrations;

	private final ConferenceCalendar calendar;

	ConferencePageController(ConferenceService conferences, TalkService talks, RegistrationService registrations,
			ConferenceCalendar calendar) {
		this.conferences = conferences;
		this.talks = talks;
		this.registrations = registrations;
		this.calendar = calendar;
	}

	@GetMapping("/conferences")
	String list(Model model) {
		model.addAttribute("editions", conferences.all());
		return "conference/list";
	}

	@GetMapping("/conferences/{id}")
	String edition(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		ConferenceViews.EditionView edition = conferences.find(id);
		model.addAttribute("edition", edition);
		model.addAttribute("placesLeft", registrations.placesLeft(conferences.load(id)));
		model.addAttribute("programme", edition.timetablePublished() ? conferences.programme(id, false) : null);
		if (me != null) {
			model.addAttribute("place", registrations.place(id, me.id()).orElse(null));
			model.addAttribute("myApplications", me.hasRole(Role.PRACTITIONER) || me.hasRole(Role.PROVIDER_LEAD) ? talks.mine(id, me.id()) : List.of());
		}
		return "conference/edition";
	}

	@GetMapping("/conferences/{id}/talks/{slotId}.ics")
	ResponseEntity<String> talkCalendar(@PathVariable Long id, @PathVariable Long slotId) {
		return ResponseEntity.ok().contentType(CALENDAR).body(calendar.talk(id, slotId));
	}

	@PostMapping("/conferences/{id}/registration")
	String register(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		conferences.find(id);
		try {
			ConferenceViews.MyPlace place = registrations.register(id, me.id());
			redirect.addFlashAttribute("flash", place.status() == Registration.Status.REGISTERED
					? "You are registered. We look forward to seeing you."
					: "The conference is full, so you are on the waiting list (number " + place.position()
							+ "). We will e-mail you if a place comes free.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/conferences/" + id;
	}

	/** Asks before cancelling: the page says what is given up, and the button on it cancels. */
	@GetMapping("/conferences/{id}/registration/cancel")
	String confirmCancel(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		ConferenceViews.EditionView edition = conferences.find(id);
		ConferenceViews.MyPlace place = registrations.place(id, me.id()).orElse(null);
		if (place == null) {
			redirect.addFlashAttribute("problem", "You are not registered for this conference");
			return "redirect:/conferences/" + id;
		}
		model.addAttribute("edition", edition);
		model.addAttribute("place", place);
		return "conference/cancel";
	}

	@PostMapping("/conferences/{id}/registration/cancel")
	String cancel(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		conferences.find(id);
		try {
			registrations.cancel(id, me.id());
			redirect.addFlashAttribute("flash", "Your registration has been cancelled.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/conferences/" + id;
	}
}

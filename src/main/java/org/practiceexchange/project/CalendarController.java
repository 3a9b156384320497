package org.practiceexchange.project;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calendar feeds for pages and calendar apps, and the page to manage one's own feed address. */
@Controller
class CalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	private final String baseUrl;

	CalendarController(CalendarFeeds feeds, @Value("${exchange.base-url}") String baseUrl) {
		this.feeds = feeds;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/projects/{id}/calendar.ics")
	ResponseEntity<String> projectFeed(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return ResponseEntity.ok().contentType(CALENDAR).body(feeds.projectFeed(id, me));
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> personalFeed(@PathVariable String token) {
		return ResponseEntity.ok().contentType(CALENDAR).body(feeds.personalFeed(token));
	}

	@GetMapping("/my/calendar")
	String myCalendar(@AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("feedUrl", baseUrl + "/calendar/" + feeds.tokenOf(me.id()) + ".ics");
		return "project/calendar";
	}

	@PostMapping("/my/calendar/reset")
	String reset(@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		feeds.resetToken(me.id());
		redirect.addFlashAttribute("flash", "Your calendar address has been changed. The old address no longer works.");
		return "redirect:/my/calendar";
	}
}

package org.practiceexchange.shared.web;

import org.practiceexchange.shared.privacy.RetentionPeriods;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages about the site itself. The home page lives with the programme catalogue. */
@Controller
class SiteController {

	private final RetentionPeriods retention;

	private final String privacyContact;

	SiteController(RetentionPeriods retention,
			@Value("${exchange.privacy.contact:privacy@practice-exchange.test}") String privacyContact) {
		this.retention = retention;
		this.privacyContact = privacyContact;
	}

	@GetMapping("/about")
	String about() {
		return "site/about";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "site/accessibility";
	}

	/** The privacy notice states the periods the retention job enforces and whom to ask, as configured. */
	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("unverifiedDays", retention.unverifiedRegistrations().toDays());
		model.addAttribute("linkDays", retention.spentTokens().toDays());
		model.addAttribute("draftDays", retention.draftConsultationResponses().toDays());
		model.addAttribute("contact", privacyContact);
		return "site/privacy";
	}
}

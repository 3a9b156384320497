package org.practiceexchange.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages about the site itself. The home page lives with the programme catalogue. */
@Controller
class SiteController {

	@GetMapping("/about")
	String about() {
		return "site/about";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "site/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "site/privacy";
	}
}

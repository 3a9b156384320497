package org.practiceexchange.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The "More" page: the signed-in person's links that are not in the header, under headings. */
@Controller
class MoreController {

	@GetMapping(Navigation.MORE)
	String more() {
		return "site/more";
	}
}

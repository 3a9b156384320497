package org.practiceexchange.notification;

import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Demo mode only: the mail the app sent, for anyone (demo data is public, and someone who has just
 * registered is not signed in yet). Outside demo mode, and whenever the demo mail server is not
 * running (turned off, another mail host, its port taken), these routes answer 404.
 */
@Controller
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMailController {

	private final DemoMailServer server;

	DemoMailController(DemoMailServer server) {
		this.server = server;
	}

	@GetMapping("/demo/mail")
	String list(Model model) {
		model.addAttribute("messages", running().newestFirst());
		return "notification/demo-mail";
	}

	@GetMapping("/demo/mail/{number}")
	String message(@PathVariable int number, Model model) {
		model.addAttribute("message", running().find(number)
			.orElseThrow(() -> new RecordNotFoundException("Demo message", number)));
		return "notification/demo-message";
	}

	private DemoMailbox running() {
		return server.mailbox().orElseThrow(() -> new RecordNotFoundException("Demo mail viewer", 0));
	}
}

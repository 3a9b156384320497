package org.practiceexchange.notification;

import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Demo mode only: the mail the app sent, for anyone (demo data is public, and someone who has just
 * registered is not signed in yet). Outside demo mode these routes do not exist.
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
		model.addAttribute("running", server.mailbox().isPresent());
		model.addAttribute("messages", server.mailbox().map(DemoMailbox::newestFirst).orElse(java.util.List.of()));
		return "notification/demo-mail";
	}

	@GetMapping("/demo/mail/{number}")
	String message(@PathVariable int number, Model model) {
		model.addAttribute("message", server.mailbox()
			.flatMap(mailbox -> mailbox.find(number))
			.orElseThrow(() -> new RecordNotFoundException("Demo message", number)));
		return "notification/demo-message";
	}
}

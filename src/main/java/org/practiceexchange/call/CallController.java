package org.practiceexchange.call;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Visitors browse open, upcoming and past calls. */
@Controller
class CallController {

	private final CallService calls;

	CallController(CallService calls) {
		this.calls = calls;
	}

	@GetMapping("/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.published());
		return "call/calls";
	}

	@GetMapping("/calls/{id}")
	String one(@PathVariable Long id, Model model) {
		model.addAttribute("call", calls.findPublished(id));
		return "call/call";
	}
}

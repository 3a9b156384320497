package org.practiceexchange.call;

import java.util.List;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Visitors browse open, upcoming and past calls; a provider lead also sees their own proposals to one. */
@Controller
class CallController {

	private final CallService calls;

	private final ProposalService proposals;

	CallController(CallService calls, ProposalService proposals) {
		this.calls = calls;
		this.proposals = proposals;
	}

	@GetMapping("/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.published());
		return "call/calls";
	}

	@GetMapping("/calls/{id}")
	String one(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
		model.addAttribute("call", calls.findPublished(id));
		model.addAttribute("ours", me != null && me.hasRole(Role.PROVIDER_LEAD)
				? proposals.mine(me).stream().filter(p -> p.callId().equals(id)).toList() : List.of());
		return "call/call";
	}
}

package org.practiceexchange.resource;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An output's page with its citation and forms, shown at its address and again after a form on it
 * failed: the form just posted keeps what was typed and its errors, the others start empty.
 */
@Component
class OutputPage {

	static final String VIEW = "resource/output";

	private final OutputService outputs;

	private final MessageSource messages;

	OutputPage(OutputService outputs, MessageSource messages) {
		this.outputs = outputs;
		this.messages = messages;
	}

	/** Fills the model for the page and returns the output as shown to this person. */
	OutputView show(SignedInPerson me, Long id, Model model) {
		Output output = outputs.view(me, id);
		OutputView view = OutputView.of(output, outputs.baseUrl(), outputs.mayApprove(me, output),
				me != null && output.proposedBy(me.id()));
		model.addAttribute("output", view);
		String typeLabel = messages.getMessage("outputType." + output.type(), null, LocaleContextHolder.getLocale());
		model.addAttribute("citation", output.isPublished() ? output.citation(typeLabel, view.url()) : null);
		if (!model.containsAttribute("sendBack")) {
			model.addAttribute("sendBack", new OutputForms.Decision(""));
		}
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", new OutputForms.Upload(null));
		}
		return view;
	}
}

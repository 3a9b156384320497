package org.practiceexchange.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Demo mode only: tells pages whether the demo mail viewer is running ({@code ${demoMail}}), so the pages
 * that say "check your e-mail" can link to it.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMailLink {

	private final DemoMailServer server;

	DemoMailLink(DemoMailServer server) {
		this.server = server;
	}

	@ModelAttribute("demoMail")
	boolean demoMail() {
		return server.mailbox().isPresent();
	}
}

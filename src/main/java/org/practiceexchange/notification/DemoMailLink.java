package org.practiceexchange.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Demo mode only: tells pages that the demo mail viewer exists ({@code ${demoMail}}), so the pages
 * that say "check your e-mail" can link to it.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMailLink {

	@ModelAttribute("demoMail")
	boolean demoMail() {
		return true;
	}
}

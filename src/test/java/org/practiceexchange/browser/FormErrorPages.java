package org.practiceexchange.browser;

import java.util.List;
import java.util.Map;

/**
 * Implemented by a test {@code @Component} in a module whose record pages hold forms (several on a
 * page, or one per row): forms to send with bad input. The accessibility test opens each page as
 * the person, checks it, types into the inputs, presses the form's button and checks the page that
 * comes back with its error summary and the messages beside the fields, with axe-core and the Nu
 * Html Checker.
 */
public interface FormErrorPages {

	/**
	 * Open {@code path} as {@code email} (signed in with the test password), put each value into the
	 * control with that id (typed into inputs and text areas, chosen in selects) and press
	 * {@code button} (a CSS selector).
	 */
	record BadInput(String email, String path, Map<String, String> typed, String button) {
	}

	List<BadInput> badInputs();
}

package org.practiceexchange.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.TestPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone who uses only the keyboard: Tab, typing, Enter. No clicks, no focus set by the test. */
@IntegrationTest
@ExtendWith(Chromium.class)
@Tag(Chromium.TAG)
class KeyboardTests {

	/** More Tab presses than any of these pages needs to reach its form. */
	static final int PATIENCE = 30;

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openBrowser(Browser browser) {
		context = browser.newContext();
		context.setDefaultTimeout(20_000);
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void firstTabReachesTheSkipLinkWhichJumpsToTheMainContent() {
		page.navigate(origin() + "/about");

		page.keyboard().press("Tab");
		assertThat(focused()).isEqualTo("a.govuk-skip-link: Skip to main content");
		page.keyboard().press("Enter");

		assertThat(focused()).startsWith("main#main-content");
	}

	@Test
	void personSignsInWithTheKeyboardAlone() {
		TestPerson person = fixtures.aPractitioner();
		page.navigate(origin() + "/login");

		tabTo("input#username");
		page.keyboard().type(person.email());
		page.keyboard().press("Tab");
		assertThat(focused()).isEqualTo("input#password: ");
		page.keyboard().type(person.password());
		page.keyboard().press("Enter");

		page.waitForURL(origin() + "/home");
		assertThat(page.locator("header .px-header__account").innerText()).contains("Your account", "Sign out");
		assertThat(page.locator("nav .govuk-service-navigation__link[aria-current=page]").innerText()).isEqualTo("Home");
		assertThat(context.request().get(origin() + "/api/me").text()).contains(person.email());
	}

	@Test
	void formSentWithMistakesPutsFocusOnTheErrorSummaryWhoseLinksLeadToTheFields() {
		page.navigate(origin() + "/register");

		tabTo("input#name");
		page.keyboard().type("Kay Keyboard");
		page.waitForResponse(response -> response.request().method().equals("POST"),
				() -> page.keyboard().press("Enter"));

		page.locator(".govuk-error-summary").waitFor();
		// GOV.UK Frontend's script moves focus once it has loaded; give it a bounded moment.
		page.waitForFunction("() => document.activeElement.matches('.govuk-error-summary')");
		assertThat(focused()).startsWith("div.govuk-error-summary");
		page.keyboard().press("Tab");
		assertThat((Boolean) page.evaluate("() => document.activeElement.matches('.govuk-error-summary__list li:first-child a')"))
			.as("focus on the summary's first link, not %s", focused())
			.isTrue();
		String field = (String) page.evaluate("() => document.activeElement.getAttribute('href')");
		page.keyboard().press("Enter");
		assertThat((Boolean) page.evaluate("id => document.activeElement.matches(id)", field))
			.as("focus on %s after following its link, not %s", field, focused())
			.isTrue();
		assertThat(page.locator("input#name").inputValue()).isEqualTo("Kay Keyboard");
	}

	/** Presses Tab until the element has focus, as a person would; fails if it never gets there. */
	private void tabTo(String selector) {
		for (int presses = 0; presses < PATIENCE; presses++) {
			if ((Boolean) page.evaluate("selector => document.activeElement.matches(selector)", selector)) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + selector + " on " + page.url() + " in " + PATIENCE + " presses");
	}

	/** The focused element as {@code tag#id.class: text}, for readable assertions. */
	private String focused() {
		return (String) page.evaluate("""
				() => {
				  const element = document.activeElement;
				  const id = element.id ? '#' + element.id : '';
				  const style = !element.id && element.classList.length ? '.' + element.classList[0] : '';
				  return element.tagName.toLowerCase() + id + style + ': ' + (element.innerText || '').trim().split('\\n')[0];
				}""");
	}

	private String origin() {
		return "http://localhost:" + port;
	}
}

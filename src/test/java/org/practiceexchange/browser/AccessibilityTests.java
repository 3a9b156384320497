package org.practiceexchange.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Visitor;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.TestPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person can reach from the navigation, signed out and signed in with each role, in
 * a real browser: no axe-core violations of WCAG 2.x A and AA, no script errors, no broken links;
 * then the raw HTML the server sent for each page passes the Nu Html Checker with no errors.
 */
@IntegrationTest
@ExtendWith(Chromium.class)
@Tag(Chromium.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTests {

	static final Path RAW_HTML = Path.of("target", "vnu");

	/**
	 * Linked from the navigation, served by the programme module that is being written on another
	 * branch. Remove each one as it arrives: the crawl fails when one of these stops being missing.
	 */
	static final Set<String> NOT_BUILT_YET = Set.of();

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	List<RecordPages> recordPages;

	@Autowired
	List<FormErrorPages> formErrorPages;

	Browser browser;

	final List<Path> savedPages = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	void startBrowser(Browser browser) throws IOException {
		this.browser = browser;
		if (Files.exists(RAW_HTML)) {
			try (Stream<Path> old = Files.walk(RAW_HTML)) {
				old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(RAW_HTML);
	}

	@Order(1)
	@ParameterizedTest(name = "{0}")
	@EnumSource(Visitor.class)
	void everyPageReachableFromTheNavigationIsAccessible(Visitor visitor) {
		try (BrowserContext context = browser.newContext()) {
			context.setDefaultTimeout(20_000);
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				// A page that answers 404 logs that too; the crawl reports the status itself.
				boolean documentStatus = message.text().startsWith("Failed to load resource")
						&& message.location().startsWith(page.url());
				if (message.type().equals("error") && !documentStatus) {
					problems.add(visitor + " " + page.url() + ": browser console error: " + message.text());
				}
			});
			page.onPageError(error -> problems.add(visitor + " " + page.url() + ": script error: " + error));
			signIn(page, visitor);

			List<SiteCrawler.Visit> visits = new SiteCrawler(page, origin()).crawl(visit -> {
				if (visit.status() >= 400 && !NOT_BUILT_YET.contains(visit.path())) {
					problems.add(visitor + " " + visit.path() + ": answered " + visit.status() + " (linked from "
							+ visit.reachedFrom() + ")");
				}
				if (visit.status() < 400 && NOT_BUILT_YET.contains(visit.path())) {
					problems.add(visitor + " " + visit.path() + " works now: remove it from NOT_BUILT_YET");
				}
				problems.addAll(AxeCheck.violations(page, visitor.name()));
				saveRawHtml(context, visitor, visit.path());
			});

			assertThat(visits).as("pages visited as %s", visitor).hasSizeGreaterThanOrEqualTo(5);
			assertThat(problems).as("accessibility problems as %s, on %s", visitor,
					visits.stream().map(SiteCrawler.Visit::path).toList()).isEmpty();
		}
	}

	@Order(2)
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Visitor.class, names = { "SIGNED_OUT", "PRACTITIONER", "PROGRAMME_MANAGER" })
	void formsShowingTheirErrorsAreAccessible(Visitor visitor) {
		List<String> forms = switch (visitor) {
			case SIGNED_OUT -> List.of("/register", "/password/forgot", "/login");
			case PROGRAMME_MANAGER -> List.of("/manage/people/new", "/manage/organisations/new", "/account");
			default -> List.of("/account");
		};
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			signIn(page, visitor);
			List<String> problems = new ArrayList<>();
			for (String form : forms) {
				page.navigate(origin() + form);
				Response answer = page.waitForResponse(response -> response.request().method().equals("POST"),
						() -> page.locator("main form[method=post] button[type=submit]").last().click());
				page.waitForLoadState();
				assertThat(page.locator(".govuk-error-summary").isVisible()).as("error summary on %s", form).isTrue();
				problems.addAll(AxeCheck.violations(page, visitor.name()));
				String html = answer.status() == 200 ? answer.text() : context.request().get(page.url()).text();
				save(visitor, "error-" + SiteCrawler.pathOf(page.url()), html);
			}
			assertThat(problems).as("accessibility problems on forms with errors as %s", visitor).isEmpty();
		}
	}

	@Order(2)
	@Test
	void pagesOfRecordsAreAccessible() {
		List<RecordPages.Visit> visits = recordPages.stream().flatMap(pages -> pages.visits().stream()).toList();
		assertThat(visits).as("record pages offered by the modules' RecordPages").isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (RecordPages.Visit visit : visits) {
			try (BrowserContext context = browser.newContext()) {
				context.setDefaultTimeout(20_000);
				Page page = context.newPage();
				String who = visit.email() == null ? "signed out" : visit.email();
				page.onPageError(error -> problems.add(who + " " + page.url() + ": script error: " + error));
				if (visit.email() != null) {
					signIn(page, visit.email(), AccountFixtures.PASSWORD);
				}
				for (String path : visit.paths()) {
					Response response = page.navigate(origin() + path);
					if (response == null || response.status() >= 400) {
						problems.add(who + " " + path + ": answered " + (response == null ? "nothing" : response.status()));
						continue;
					}
					problems.addAll(AxeCheck.violations(page, who));
					APIResponse raw = context.request().get(origin() + path);
					if (raw.headers().getOrDefault("content-type", "").startsWith("text/html")) {
						save("records", path + "-" + Math.abs(who.hashCode()), raw.text());
					}
				}
			}
		}
		assertThat(problems).as("accessibility problems on record pages").isEmpty();
	}

	@Order(2)
	@Test
	void recordPagesSentWithBadInputComeBackAccessible() {
		List<FormErrorPages.BadInput> inputs = formErrorPages.stream().flatMap(pages -> pages.badInputs().stream()).toList();
		assertThat(inputs).as("bad input offered by the modules' FormErrorPages").isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (FormErrorPages.BadInput input : inputs) {
			try (BrowserContext context = browser.newContext()) {
				context.setDefaultTimeout(20_000);
				Page page = context.newPage();
				String who = input.email() + " " + input.path() + " " + input.button();
				page.onPageError(error -> problems.add(who + ": script error: " + error));
				signIn(page, input.email(), AccountFixtures.PASSWORD);
				Response opened = page.navigate(origin() + input.path());
				if (opened == null || opened.status() >= 400) {
					problems.add(who + ": answered " + (opened == null ? "nothing" : opened.status()));
					continue;
				}
				problems.addAll(AxeCheck.violations(page, who));
				input.typed().forEach((id, value) -> {
					var control = page.locator("[id='" + id + "']");
					if (control.evaluate("element => element.tagName").equals("SELECT")) {
						control.selectOption(value);
					}
					else {
						control.fill(value);
					}
				});
				Response answer = page.waitForResponse(response -> response.request().method().equals("POST"),
						() -> page.locator(input.button()).click());
				page.waitForLoadState();
				if (answer.status() != 200 || !page.locator(".govuk-error-message, .govuk-error-summary").first().isVisible()) {
					problems.add(who + ": answered " + answer.status() + " without the form's errors");
					continue;
				}
				problems.addAll(AxeCheck.violations(page, who));
				save("bad-input", input.path() + "-" + input.button() + "-" + Math.abs(who.hashCode()), answer.text());
			}
		}
		assertThat(problems).as("accessibility problems on record pages sent with bad input").isEmpty();
	}

	@Order(3)
	@Test
	void rawHtmlOfEveryVisitedPageIsValid() throws Exception {
		assertThat(savedPages).as("pages saved by the crawl (run the whole class)").isNotEmpty();
		Path canary = RAW_HTML.resolve("canary.html");
		Files.writeString(canary, "<!DOCTYPE html><html lang=\"en\"><head><title>Canary</title></head>"
				+ "<body><p><div>A div cannot sit in a paragraph.</div></p></body></html>");
		List<Path> files = new ArrayList<>(savedPages);
		files.add(canary);

		List<NuHtmlChecker.Message> errors = NuHtmlChecker.check(files)
			.stream()
			.filter(message -> !message.type().startsWith("info"))
			.toList();

		assertThat(errors).as("the error planted in %s (if the checker misses it, it checks nothing)", canary)
			.anyMatch(error -> error.file().endsWith("canary.html"));
		assertThat(errors.stream().filter(error -> !error.file().endsWith("canary.html")).toList())
			.as("Nu Html Checker errors in the %d pages saved under %s", savedPages.size(), RAW_HTML)
			.isEmpty();
	}

	@Order(0)
	@Test
	void axeFindsAViolationPlantedInOneOfOurPages() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(origin() + "/about");
			assertThat(AxeCheck.violations(page, "canary")).as("violations on the untouched page").isEmpty();

			page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', "
					+ "'<img src=\"/images/favicon.svg\"><a href=\"/\"></a>')");

			assertThat(String.join("\n", AxeCheck.violations(page, "canary"))).contains("image-alt", "link-name");
		}
	}

	private void signIn(Page page, Visitor visitor) {
		if (!visitor.isSignedIn()) {
			return;
		}
		TestPerson person = fixtures.a(visitor.role());
		signIn(page, person.email(), person.password());
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(origin() + "/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(password);
		page.locator("main form button[type=submit]").click();
		page.waitForURL(origin() + "/home");
	}

	/** What the server sent for the page, not the DOM after scripts ran: that is what vnu checks. */
	private void saveRawHtml(BrowserContext context, Visitor visitor, String path) {
		APIResponse response = context.request().get(origin() + path);
		if (response.headers().getOrDefault("content-type", "").startsWith("text/html")) {
			save(visitor, path, response.text());
		}
	}

	private void save(Visitor visitor, String path, String html) {
		save(visitor.name().toLowerCase(), path, html);
	}

	private void save(String folder, String path, String html) {
		String name = path.equals("/") ? "home" : path.replaceAll("^/", "").replaceAll("[^A-Za-z0-9._-]+", "_");
		Path file = RAW_HTML.resolve(folder).resolve(name + ".html");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		savedPages.add(file);
	}

	private String origin() {
		return "http://localhost:" + port;
	}
}

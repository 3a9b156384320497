package org.practiceexchange.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's Chromium, headless, driven by Playwright: one browser for the whole test run, started
 * on first use and closed when the run ends. Test methods and {@code @BeforeAll} methods ask for a
 * {@link Browser} parameter. Playwright never downloads a browser of its own.
 */
public final class Chromium implements ParameterResolver {

	/**
	 * The tag of every test class that drives the browser. The pages they check do not depend on
	 * the database, so bin/test runs them once, in the H2 run, and leaves them out of the
	 * PostgreSQL run ({@code -DexcludedGroups=browser}).
	 */
	public static final String TAG = "browser";

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run");

	private static final Logger log = LoggerFactory.getLogger(Chromium.class);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> launch(), Running.class).browser();
	}

	private static Running launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException(EXECUTABLE + " is missing: run bin/test, which installs Debian's chromium package");
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS));
		log.info("Browser tests run on {} {}", EXECUTABLE, browser.version());
		System.out.println("Browser tests run on " + EXECUTABLE + " " + browser.version());
		return new Running(playwright, browser);
	}

	/** Closed by JUnit when the run ends, like every AutoCloseable in the root store. */
	record Running(Playwright playwright, Browser browser) implements AutoCloseable {

		@Override
		public void close() {
			browser.close();
			playwright.close();
		}
	}
}

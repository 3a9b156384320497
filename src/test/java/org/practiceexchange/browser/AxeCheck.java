package org.practiceexchange.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules, run on the page as the browser shows it.
 *
 * <p>Our pages have no frames, so axe runs in the page itself with {@code axe.run}, the script
 * read once for the whole run. Deque's {@link AxeBuilder} injects the script afresh for every check
 * and finishes each run in a second, blank page opened for the purpose: with some 300 pages in
 * the crawl that cost more than the checks themselves. The script, the rules and the results are
 * the same (the axe-core bundled with Deque's library).
 */
final class AxeCheck {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final String AXE_SCRIPT = read("/axe.min.js");

	private static final String RUN = """
			async tags => {
				if (document.querySelector('iframe, frame')) {
					return JSON.stringify({ error: 'the page has a frame: check it with Deque\\'s AxeBuilder' });
				}
				const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
				return JSON.stringify(results);
			}""";

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private AxeCheck() {
	}

	/** Each violation on the page, described so that someone can find and fix it. */
	static List<String> violations(Page page, String visitor) {
		AxeResults results;
		try {
			if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
				page.evaluate(AXE_SCRIPT);
			}
			String json = (String) page.evaluate(RUN, WCAG_A_AND_AA);
			Map<?, ?> error = JSON.readValue(json, Map.class);
			if (error.containsKey("error")) {
				return List.of(visitor + " " + page.url() + ": axe could not run: " + error.get("error"));
			}
			results = JSON.readValue(json, AxeResults.class);
		}
		catch (IOException | RuntimeException ex) {
			return List.of(visitor + " " + page.url() + ": axe could not run: " + ex);
		}
		return results.getViolations().stream().map(rule -> describe(rule, page.url(), visitor)).toList();
	}

	private static String describe(Rule rule, String url, String visitor) {
		StringBuilder text = new StringBuilder()
			.append(visitor).append(' ').append(url).append(": ")
			.append(rule.getId()).append(" (").append(rule.getImpact()).append(") ").append(rule.getHelp())
			.append(" <").append(rule.getHelpUrl()).append('>');
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n      at ").append(node.getTarget()).append(": ").append(node.getHtml());
			if (node.getFailureSummary() != null) {
				text.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
			}
		}
		return text.toString();
	}

	private static String read(String resource) {
		try (InputStream in = AxeBuilder.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from Deque's axe-core library");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

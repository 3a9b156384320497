package org.practiceexchange.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules, run on the page as the browser shows it. */
final class AxeCheck {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private AxeCheck() {
	}

	/** Each violation on the page, described so that someone can find and fix it. */
	static List<String> violations(Page page, String visitor) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AND_AA).analyze();
		if (results.getError() != null || results.getErrorMessage() != null) {
			return List.of(visitor + " " + page.url() + ": axe could not run: " + results.getErrorMessage());
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
}

package org.practiceexchange.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Visits the pages a person reaches from the navigation: the home page, every link in the header,
 * the service navigation and the footer, then the links in the main content of those pages, and so
 * on a few levels down (the manage hub, its lists, one level of records from each list). Stays on
 * the site, never follows sign-out, downloads or anything else that is not a page, and is bounded: at most
 * {@value #MAX_PAGES} pages, and {@value #MAX_SIMILAR} pages of any one shape (two people's records
 * are enough to check the person page).
 */
final class SiteCrawler {

	static final int MAX_PAGES = 40;

	static final int MAX_DEPTH = 3;

	static final int MAX_SIMILAR = 2;

	/** Where the crawl does not go: sign-out, machine-readable addresses, static files, third-party pages. */
	static final List<String> NOT_PAGES = List.of("/logout", "/login?", "/api/", "/v3/", "/swagger-ui", "/actuator",
			"/webjars/", "/css/", "/js/", "/images/", "/assets/");

	static final String NAVIGATION = "header a[href], .govuk-service-navigation a[href], footer a[href]";

	static final String CONTENT = "main a[href]";

	record Visit(String path, int status, String reachedFrom) {
	}

	private final Page page;

	private final String origin;

	SiteCrawler(Page page, String origin) {
		this.page = page;
		this.origin = origin;
	}

	/** Visits every page once, and hands each to the inspector while it is open. */
	List<Visit> crawl(Consumer<Visit> inspector) {
		Map<String, String> queue = new LinkedHashMap<>();
		queue.put("/", "the start");
		Set<String> visited = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		List<Visit> visits = new ArrayList<>();
		for (int depth = 0; depth <= MAX_DEPTH && !queue.isEmpty(); depth++) {
			Map<String, String> next = new LinkedHashMap<>();
			for (Map.Entry<String, String> entry : queue.entrySet()) {
				String path = entry.getKey();
				if (visits.size() >= MAX_PAGES || !visited.add(path)
						|| shapes.merge(shape(path), 1, Integer::sum) > MAX_SIMILAR) {
					continue;
				}
				Response response = page.navigate(origin + path);
				String landed = pathOf(page.url());
				if (!landed.equals(path) && !visited.add(landed)) {
					continue;
				}
				Visit visit = new Visit(landed, response == null ? 0 : response.status(), entry.getValue());
				visits.add(visit);
				inspector.accept(visit);
				for (String link : links(depth == 0 ? NAVIGATION + ", " + CONTENT : CONTENT)) {
					if (!visited.contains(link) && !queue.containsKey(link)) {
						next.putIfAbsent(link, landed);
					}
				}
			}
			queue = next;
		}
		return visits;
	}

	private List<String> links(String selector) {
		@SuppressWarnings("unchecked")
		// A link marked "download" (an output's file) starts a download, which is not a page to check.
		List<String> hrefs = (List<String>) page.locator(selector)
			.evaluateAll("links => links.filter(link => !link.hasAttribute('download')).map(link => link.href)");
		return hrefs.stream().filter(this::isPage).map(SiteCrawler::pathOf).distinct().toList();
	}

	private boolean isPage(String href) {
		if (!href.startsWith(origin + "/")) {
			return false;
		}
		String path = pathOf(href);
		return NOT_PAGES.stream().noneMatch(path::startsWith) && !path.matches(".*\\.[a-z0-9]+(\\?.*)?$");
	}

	/** The path and query of a URL, without its fragment. */
	static String pathOf(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/** {@code /manage/people/17} and {@code /manage/people/23} have the same shape. */
	static String shape(String path) {
		return path.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
	}
}

package org.practiceexchange;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

/**
 * A visitor talking real HTTP to the app on its port, keeping cookies like a browser and not
 * following redirects, so tests see exactly what the server sends (Set-Cookie attributes, every
 * header, the real error pages). Use MockMvc for everything else.
 */
public final class HttpVisitor {

	/** What Chromium asks for when it navigates: Spring Security answers some requests by it. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public HttpVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The CSRF token of the first form on the page at the path. */
	public String csrfTokenOf(String path) {
		Element token = Html.of(get(path).body()).selectFirst("form input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("No CSRF token in a form on " + path);
		}
		return token.val();
	}

	/** Signs in through the form; fails the test if that does not work. */
	public HttpResponse<String> signIn(String email, String password) {
		String token = csrfTokenOf("/login");
		HttpResponse<String> response = post("/login", Map.of("username", email, "password", password, "_csrf", token));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("Could not sign in as " + email + ": " + response.statusCode() + " to " + location);
		}
		return response;
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(cookies.get(name));
	}

	public void setCookie(String name, String value) {
		cookies.put(name, value);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (!List.of(headers).contains("Accept")) {
			request.header("Accept", BROWSER_ACCEPT);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			remember(response.headers().allValues("Set-Cookie"));
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(List<String> setCookies) {
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			String[] nameValue = pair.split("=", 2);
			boolean expired = setCookie.toLowerCase().contains("max-age=0");
			if (expired || nameValue[1].isEmpty()) {
				cookies.remove(nameValue[0].strip());
			}
			else {
				cookies.put(nameValue[0].strip(), nameValue[1]);
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

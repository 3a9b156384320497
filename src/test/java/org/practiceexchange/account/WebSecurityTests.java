package org.practiceexchange.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceexchange.Html;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser receives over real HTTP: security headers, the session cookie, session changes. */
@IntegrationTest
class WebSecurityTests {

	static final String SESSION_COOKIE = "PXSESSION";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/register", "/api/organisations", "/api/me", "/no-such-page", "/css/exchange.css" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		HttpResponse<String> response = new HttpVisitor(port).get(path);

		String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(policy, "default-src")).isEqualTo("default-src 'self'");
		assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
		assertThat(directive(policy, "base-uri")).isEqualTo("base-uri 'self'");
		assertThat(directive(policy, "form-action")).isEqualTo("form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				value -> assertThat(value).contains("camera=()", "microphone=()", "geolocation=()"));
	}

	@Test
	void apiDocumentationPageMayUseInlineStylesButNeverInlineScript() {
		HttpResponse<String> response = new HttpVisitor(port).get("/swagger-ui/index.html");

		assertThat(response.statusCode()).isEqualTo(200);
		String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(policy, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
	}

	@Test
	void signedInPagesAreNotKeptInCaches() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn(person.email(), person.password());

		HttpResponse<String> account = visitor.get("/account");

		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	@Test
	void sessionAndTokenCookiesAreHttpOnlyAndSameSite() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor visitor = new HttpVisitor(port);
		HttpResponse<String> login = visitor.get("/login");
		String token = Html.of(login.body()).selectFirst("form input[name=_csrf]").val();

		HttpResponse<String> response = visitor.post("/login",
				Map.of("username", person.email(), "password", person.password(), "_csrf", token));

		assertThat(attributes(sessionCookieSetBy(response))).contains("httponly", "samesite=lax", "path=/");
		assertThat(attributes(cookieSetBy(login, "PXCSRF"))).contains("httponly", "samesite=lax", "path=/");
	}

	@Test
	void aVisitorReadingTheSignInPageGetsNoSession() {
		HttpResponse<String> response = new HttpVisitor(port).get("/login");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE + "="));
	}

	@Test
	void signingInGivesANewSessionIdAndTheOldOneIsWorthless() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor visitor = new HttpVisitor(port);
		// A page that needs sign-in keeps the request in a session to come back to after it.
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
		String before = visitor.cookie(SESSION_COOKIE).orElseThrow();
		String token = visitor.csrfTokenOf("/login");

		HttpResponse<String> signedIn = visitor.post("/login",
				Map.of("username", person.email(), "password", person.password(), "_csrf", token));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(java.net.URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/account");
		String after = visitor.cookie(SESSION_COOKIE).orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(visitor.get("/api/me").statusCode()).isEqualTo(200);

		HttpVisitor attacker = new HttpVisitor(port);
		attacker.setCookie(SESSION_COOKIE, before);
		assertThat(attacker.get("/api/me").statusCode()).isEqualTo(401);
	}

	@Test
	void signingOutEndsTheSession() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn(person.email(), person.password());
		String session = visitor.cookie(SESSION_COOKIE).orElseThrow();

		HttpResponse<String> signedOut = visitor.post("/logout", Map.of("_csrf", visitor.csrfTokenOf("/account")));

		assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
		HttpVisitor replay = new HttpVisitor(port);
		replay.setCookie(SESSION_COOKIE, session);
		assertThat(replay.get("/api/me").statusCode()).isEqualTo(401);
	}

	@Test
	void signingOutNeedsAPostWithAToken() {
		TestPerson person = fixtures.aPractitioner();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn(person.email(), person.password());

		assertThat(visitor.post("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(visitor.get("/logout").statusCode()).isNotEqualTo(302);
		assertThat(visitor.get("/api/me").statusCode()).isEqualTo(200);
	}

	private static String sessionCookieSetBy(HttpResponse<String> response) {
		return cookieSetBy(response, SESSION_COOKIE);
	}

	private static String cookieSetBy(HttpResponse<String> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " cookie set, only " + cookies));
	}

	private static List<String> attributes(String cookie) {
		return List.of(cookie.split(";")).stream().skip(1).map(String::strip).map(String::toLowerCase).toList();
	}

	private static String directive(String policy, String name) {
		return List.of(policy.split(";"))
			.stream()
			.map(String::strip)
			.filter(directive -> directive.startsWith(name + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " in " + policy));
	}
}

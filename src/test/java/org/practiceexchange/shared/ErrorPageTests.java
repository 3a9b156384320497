package org.practiceexchange.shared;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.TestPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that go through the servlet container's error dispatch, which only a real server does:
 * pages in the site's layout, problem details for the API, never a stack trace.
 */
@IntegrationTest
class ErrorPageTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	HttpVisitor signedIn;

	@BeforeEach
	void signIn() {
		TestPerson person = fixtures.aPractitioner();
		signedIn = new HttpVisitor(port);
		signedIn.signIn(person.email(), person.password());
	}

	@Test
	void unknownPageIsANotFoundPageInTheSiteLayout() {
		HttpResponse<String> response = signedIn.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		Document page = Html.of(response.body());
		assertThat(page.title()).isEqualTo("Page not found – Practice Exchange");
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("header.px-header")).isNotEmpty();
		assertThat(page.select("footer")).isNotEmpty();
		assertThat(page.select("a[href=/]").eachText()).contains("Go to the home page");
		assertNoInternals(response.body());
	}

	@Test
	void recordIdThatIsNotANumberIsNotFoundToo() {
		TestPerson manager = fixtures.aProgrammeManager();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn(manager.email(), manager.password());

		HttpResponse<String> response = visitor.get("/manage/people/not-a-number");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Html.of(response.body()).select("h1").text()).isEqualTo("Page not found");
		assertNoInternals(response.body());
	}

	@Test
	void forbiddenPageIsShownInTheSiteLayout() {
		HttpResponse<String> response = signedIn.get("/manage");

		assertThat(response.statusCode()).isEqualTo(403);
		Document page = Html.of(response.body());
		assertThat(page.select("h1").text()).isEqualTo("You cannot see this page");
		assertThat(page.select("header.px-header")).isNotEmpty();
		assertNoInternals(response.body());
	}

	@Test
	void formPostWithoutItsTokenIsRefusedWithTheForbiddenPage() {
		HttpResponse<String> response = signedIn.post("/account/profile", java.util.Map.of("name", "Forged"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(Html.of(response.body()).select("h1").text()).isEqualTo("You cannot see this page");
	}

	@Test
	void unknownApiAddressIsAProblemDocument() {
		HttpResponse<String> response = signedIn.get("/api/xyz", "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
		assertThat(problem.get("detail").asString()).isEqualTo("There is nothing at this address.");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/xyz");
		assertNoInternals(response.body());
	}

	@Test
	void unknownApiAddressAnswersAProblemWhateverTheCallerAccepts() {
		HttpResponse<String> response = signedIn.get("/api/xyz");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void unknownApiAddressAsksAVisitorToSignInFirst() {
		HttpResponse<String> response = new HttpVisitor(port).get("/api/xyz", "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void wrongMethodOnAnApiAddressIsAProblemDocument() {
		HttpResponse<String> response = signedIn.post("/api/organisations", java.util.Map.of(), "Accept", "application/json",
				"X-CSRF-TOKEN", signedIn.csrfTokenOf("/account"));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo("This address does not accept that method.");
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("stacktrace")
			.doesNotContain("at org.", "at java.", "springframework", "Whitelabel", "\"trace\"");
	}
}

package org.practiceexchange.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real server, since error pages are rendered by the servlet container's error dispatch. */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signedInPersonRefusedAPageSeesTheForbiddenPageInTheSiteLayout() throws Exception {
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER);
		HttpResponse<String> response = get("/manage", practitioner);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("You cannot see this page").contains("Practice Exchange").doesNotContain("Exception");
	}

	@Test
	void apiRefusalIsProblemDetails() throws Exception {
		HttpResponse<String> response = get("/api/people", accounts.aPerson(Role.PRACTITIONER));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":403");
	}

	@Test
	void unknownPageIsTheNotFoundPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = get("/no-such-page", accounts.aPerson(Role.PRACTITIONER));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("at org.").doesNotContain("Whitelabel");
	}

	@Test
	void unknownApiAddressIsProblemDetails() throws Exception {
		HttpResponse<String> response = get("/api/no-such-thing", accounts.aPerson(Role.PRACTITIONER));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> get(String path, SignedInPerson person) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((person.email() + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "text/html,application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}

package org.practiceexchange.consultation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a public page creates no state, so it creates no session: the token a form needs travels
 * in its own cookie. A session starts only when a visitor does something that is kept.
 */
@IntegrationTest
class PublicPagesHoldNoSessionTests {

	private static final String SESSION_COOKIE = "PXSESSION";

	@LocalServerPort
	int port;

	@Autowired
	ConsultationFixtures fixtures;

	@Test
	void aVisitorReadingPublicPagesIsGivenNoSession() {
		Long open = fixtures.anOpenConsultation();
		HttpVisitor visitor = new HttpVisitor(port);
		for (String page : List.of("/", "/consultations", "/consultations/" + open, "/programmes", "/calls", "/outputs",
				"/conferences", "/syntheses", "/login", "/register")) {
			HttpResponse<String> response = visitor.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(page)
				.noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE + "="));
		}
		assertThat(visitor.cookie(SESSION_COOKIE)).isEmpty();
	}

	@Test
	void theTokenFromTheConsultationPageStartsAResponseWithoutASession() {
		Long open = fixtures.anOpenConsultation();
		HttpVisitor visitor = new HttpVisitor(port);
		String page = visitor.get("/consultations/" + open).body();
		String token = Html.of(page).selectFirst("form[action$=/responses] input[name=_csrf]").val();

		HttpResponse<String> started = visitor.post("/consultations/" + open + "/responses", Map.of("_csrf", token));

		assertThat(started.statusCode()).isEqualTo(302);
		assertThat(started.headers().firstValue("Location").orElseThrow()).contains("/consultations/respond/");
		assertThat(new HttpVisitor(port).post("/consultations/" + open + "/responses", Map.of("_csrf", token)).statusCode())
			.as("the same token without its cookie is refused").isEqualTo(403);
	}
}

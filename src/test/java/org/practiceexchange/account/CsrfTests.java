package org.practiceexchange.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Csrf;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forms need the CSRF token. The one exception: an API call authenticated by HTTP Basic that is not
 * a form post, which no other site can make a browser send without a CORS preflight. The route
 * matrix checks every form route without a token; these tests pin down the API rule both ways.
 */
@IntegrationTest
class CsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void formPostWithoutTheTokenIsRefusedEvenForTheRightPerson() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession session = SignIn.as(mvc, person);

		mvc.perform(post("/account/password").session(session)
				.param("currentPassword", person.password())
				.param("password", "changed without token")
				.param("confirmPassword", "changed without token"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").session(session).with(csrf().useInvalidToken())
				.param("currentPassword", person.password())
				.param("password", "changed with a bad token")
				.param("confirmPassword", "changed with a bad token"))
			.andExpect(status().isForbidden());

		SignIn.as(mvc, person);
	}

	@Test
	void signInFormNeedsTheToken() throws Exception {
		TestPerson person = fixtures.aPractitioner();

		mvc.perform(post("/login").param("username", person.email()).param("password", person.password()))
			.andExpect(status().isForbidden());
	}

	@Test
	void basicAuthenticatedApiCallWithAJsonBodyNeedsNoToken() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();

		// No API route accepts POST yet: getting past CSRF shows as 405, where a refusal would be 403.
		mvc.perform(post("/api/people").with(httpBasic(manager.email(), manager.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/api/people").with(httpBasic(manager.email(), manager.password())))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void basicAuthenticatedApiCallWithAFormBodyNeedsTheToken() throws Exception {
		TestPerson manager = fixtures.aProgrammeManager();

		for (MediaType formLike : new MediaType[] { MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA,
				MediaType.TEXT_PLAIN }) {
			mvc.perform(post("/api/people").with(httpBasic(manager.email(), manager.password()))
					.contentType(formLike)
					.content("a=b"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void sessionAuthenticatedApiCallNeedsTheToken() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		mvc.perform(post("/api/people").session(manager).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/people").session(manager).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void basicAuthenticationDoesNotExemptFormRoutes() throws Exception {
		TestPerson person = fixtures.aPractitioner();

		mvc.perform(post("/account/profile").with(httpBasic(person.email(), person.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.current(person).name()).isEqualTo(person.name());
	}

	/**
	 * What the API documentation tells a client using the session: send the {@code PXCSRF} cookie's
	 * value as it is in the {@code X-CSRF-TOKEN} header. (The cluster bench did exactly that, and every
	 * such write was refused while only the masked form of the token was accepted.)
	 */
	@Test
	void sessionApiCallWithTheCookiesValueInTheHeaderGetsThrough() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		String token = UUID.randomUUID().toString();

		mvc.perform(post("/api/people").session(manager).cookie(new Cookie(Csrf.COOKIE, token))
				.header("X-CSRF-TOKEN", token).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/api/people").session(manager).cookie(new Cookie(Csrf.COOKIE, token))
				.header("X-CSRF-TOKEN", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/people").session(manager).cookie(new Cookie(Csrf.COOKIE, token))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	/** A form field carries the masked token a page gave; the bare cookie value there is refused. */
	@Test
	void formFieldNeedsTheMaskedTokenNotTheCookiesValue() throws Exception {
		TestPerson person = fixtures.aPractitioner();
		MockHttpSession session = SignIn.as(mvc, person);
		String token = UUID.randomUUID().toString();

		mvc.perform(post("/account/password").session(session).cookie(new Cookie(Csrf.COOKIE, token))
				.param("_csrf", token)
				.param("currentPassword", person.password())
				.param("password", "changed with the bare cookie value")
				.param("confirmPassword", "changed with the bare cookie value"))
			.andExpect(status().isForbidden());

		SignIn.as(mvc, person);
	}

	/** htmx sends the masked token the page carries in the same header: that still gets through. */
	@Test
	void theMaskedTokenOfAPageGetsThroughInTheHeaderAsHtmxSendsIt() throws Exception {
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());
		MvcResult page = mvc.perform(get("/account").session(manager)).andExpect(status().isOk()).andReturn();
		Cookie cookie = page.getResponse().getCookie(Csrf.COOKIE);
		assertThat(cookie).isNotNull();
		String headers = Jsoup.parse(page.getResponse().getContentAsString()).body().attr("data-hx-headers");
		String masked = com.jayway.jsonpath.JsonPath.read(headers, "$['X-CSRF-TOKEN']");
		assertThat(masked).isNotEqualTo(cookie.getValue());

		mvc.perform(post("/api/people").session(manager).cookie(cookie).header("X-CSRF-TOKEN", masked)
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed());
	}
}

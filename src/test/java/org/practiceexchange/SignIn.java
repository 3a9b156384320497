package org.practiceexchange;

import org.practiceexchange.account.TestPerson;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs in through the real sign-in form (the app's own filter chain and password check). */
public final class SignIn {

	private SignIn() {
	}

	/** The session of someone who signed in successfully; fails the test if they could not. */
	public static MockHttpSession as(MockMvc mvc, TestPerson person) throws Exception {
		return as(mvc, person.email(), person.password());
	}

	public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = attempt(mvc, email, password);
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || location.contains("/login")) {
			throw new AssertionError("Could not sign in as " + email + ": the form answered "
					+ result.getResponse().getStatus() + " to " + location);
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** Posts the sign-in form once, from a fresh session; the result says where it went. */
	public static MvcResult attempt(MockMvc mvc, String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn();
	}
}

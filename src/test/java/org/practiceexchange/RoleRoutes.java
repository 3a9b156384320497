package org.practiceexchange;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Runs a module's own role-by-route table (see e.g. synthesis.SynthesisRouteAccessTests): each
 * route is requested, with a valid CSRF token, as each person named in its expected outcomes
 * ({@link #VISITOR} for someone signed out) and must answer exactly the status given.
 */
public final class RoleRoutes {

	/** The key of the signed-out visitor in a route's expected outcomes. */
	public static final String VISITOR = "visitor";

	private RoleRoutes() {
	}

	/** One route of a table: its request, built from the test's own records, and the status each person must get. */
	public interface Route<T> {

		String name();

		Function<T, MockHttpServletRequestBuilder> request();

		Map<String, Integer> expected();
	}

	public static <T> Stream<DynamicTest> check(List<? extends Route<T>> routes, T test, MockMvc mvc,
			Map<String, SignedInPerson> people) {
		return routes.stream().flatMap(route -> route.expected().entrySet().stream()
			.map(entry -> DynamicTest.dynamicTest(route.name() + " as " + entry.getKey() + " → " + entry.getValue(), () -> {
				MockHttpServletRequestBuilder request = route.request().apply(test).with(csrf());
				if (!VISITOR.equals(entry.getKey())) {
					SignedInPerson person = people.get(entry.getKey());
					assertThat(person).as(entry.getKey()).isNotNull();
					request = request.with(user(person));
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				assertThat(status).as(route.name() + " as " + entry.getKey()).isEqualTo(entry.getValue());
			})));
	}
}

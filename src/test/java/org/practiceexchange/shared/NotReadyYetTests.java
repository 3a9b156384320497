package org.practiceexchange.shared;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The port opens before start-up work (search index, demo data) is done: until Spring Boot marks
 * the application ready, pages and the API answer 503 with Retry-After instead of a half-filled site.
 */
@IntegrationTest
class NotReadyYetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void untilTheApplicationIsReadyEveryRequestIsAskedToComeBackLater() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			mvc.perform(get("/"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().string(containsString("starting up")));
			mvc.perform(get("/api/conferences"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").value(containsString("starting up")));
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		mvc.perform(get("/api/conferences")).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(status().isOk());
	}
}

package org.practiceexchange.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready, every request is answered 503 with Retry-After. The web server
 * opens its port before the start-up work is done (the search index, the demo data), and a page
 * or API call answered in that gap would show a half-filled site. Spring Boot marks the
 * application ready once that work has finished.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotReadyYet extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private final ApplicationAvailability availability;

	NotReadyYet(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		String detail = "Practice Exchange is starting up. Try again in a few seconds.";
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		// the same content type as the API's other problem details (JSON is UTF-8 by definition)
		response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/plain;charset=UTF-8");
		String body = api ? "{\"type\":\"about:blank\",\"title\":\"Starting up\",\"status\":503,\"detail\":\"" + detail
				+ "\"}" : detail + "\n";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}
}

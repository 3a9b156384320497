package org.practiceexchange.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container (unknown URLs, exceptions outside controllers): pages in
 * the site's layout, or problem details for the API. Never a stack trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ApiErrorHandling.problem(status, status.getReasonPhrase(), describe(status));
			problem.setInstance(java.net.URI.create(uri));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String view = switch (status) {
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "error/404";
			case FORBIDDEN -> "error/403";
			case BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> "error/400";
			default -> status.is4xxClientError() ? "error/400" : "error/500";
		};
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String describe(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			case PAYLOAD_TOO_LARGE -> "The request is larger than this address accepts.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. The error has been logged."
					: "The request could not be handled.";
		};
	}
}

package org.practiceexchange.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error from an API controller answers {@code application/problem+json} saying what was
 * wrong (RFC 9457). Validation problems list each field with its message under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(DomainRuleException.class)
	ProblemDetail ruleBroken(DomainRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Request conflicts with the record's state", ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return problem;
	}

	/** Two people changed the same record at once and the other one's change was saved first. */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail changedMeanwhile(ConcurrencyFailureException ex) {
		log.info("Simultaneous change refused: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "Changed by someone else at the same time",
				"Someone else changed this record while your change was being saved, so yours was not saved. "
						+ "Fetch the record again and repeat your change.");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void leaveToSecurity(RuntimeException ex) {
		// Spring Security's handlers answer these with 401 or 403 problem details.
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side. The error has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream().map(ApiErrorHandling::describe).toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ": "
						+ String.join("; ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() == null) {
			problem.setType(URI.create("about:blank"));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static Map<String, Object> describe(FieldError error) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("field", error.getField());
		described.put("message", error.getDefaultMessage());
		return described;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}

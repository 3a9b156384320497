package org.practiceexchange.account;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Reads the CSRF token of a change as pages and API clients send it. Pages carry the masked token
 * (a new random mask on every page, so a compressed page never repeats the secret): in the
 * {@code _csrf} field of a form, or the {@code X-CSRF-TOKEN} header htmx sends. An API client using
 * the session has only the {@code PXCSRF} cookie, and sends its value as it is in the
 * {@code X-CSRF-TOKEN} header, as the API documentation tells it to; that is accepted too (as Spring
 * Security's handler for single-page apps does), in the header only. Either way the value must match
 * the cookie's token.
 */
final class CsrfHeaderOrMaskedToken implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		masked.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String unmasked = masked.resolveCsrfTokenValue(request, csrfToken);
		if (unmasked != null) {
			return unmasked;
		}
		String header = request.getHeader(csrfToken.getHeaderName());
		return StringUtils.hasText(header) ? header : null;
	}
}

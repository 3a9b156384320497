package org.practiceexchange.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practiceexchange.shared.security.RouteRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages sign in with a form and a session; the API takes HTTP Basic or the same session. Each
 * module names its public routes through {@link RouteRules}; everything else needs sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; it gets a policy that allows them, and still no inline script. */
	static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private static final RequestMatcher API_DOCS = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Knows every signed-in session, so a deactivated person or changed roles end them at once: in this
	 * node's memory, or with {@code exchange.cluster=true} in the session repository every node shares.
	 */
	@Bean
	PersonSessions personSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sharedSessions) {
		FindByIndexNameSessionRepository<?> shared = sharedSessions.getIfAvailable();
		return shared == null ? PersonSessions.inMemory() : PersonSessions.inRepository(shared);
	}

	@Bean
	SessionRegistry sessionRegistry(PersonSessions sessions) {
		return sessions.registry();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, List<RouteRules> moduleRules, SessionRegistry sessions)
			throws Exception {
		http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"));
		http.authorizeHttpRequests(routes -> {
			// The error page itself shows nothing protected; without this an error dispatch is
			// judged by the original address, and a 403 page would be refused with an empty body.
			routes.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			moduleRules.forEach(rules -> rules.apply(routes));
			routes.requestMatchers("/manage/**", "/api/people/**", "/api/people", "/actuator/**")
				.hasRole(Role.PROGRAMME_MANAGER.name())
				.anyRequest()
				.authenticated();
		});
		// Each person lands on their home after signing in, unless sign-in interrupted them on the way
		// to a page: then they go on to that page (the saved request).
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/home")
			.permitAll()
			.failureHandler((request, response, exception) -> response.sendRedirect(
					request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"))));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll());
		http.httpBasic(basic -> basic.realmName("Practice Exchange").authenticationEntryPoint(SecurityConfiguration::unauthorised));
		// Two mappings, not one: Spring Security applies a lone default handler to every request,
		// which gave pages a problem+json body instead of the 403 page.
		http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthorised, API)
			.defaultAccessDeniedHandlerFor((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
					"You do not have permission to do this."), API)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), new NegatedRequestMatcher(API)));
		// A Basic-authenticated API call that is not a form post cannot be forged by another site
		// (browsers only send those cross-site after a CORS preflight, which we never allow).
		// The token lives in its own cookie, not in a session: a visitor reading a public page with a
		// form (a consultation's "start a response", the sign-in page) gets no server-side session,
		// so public pages hold no state per reader and can be cached and served by any node.
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("PXCSRF");
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		http.csrf(csrf -> csrf.csrfTokenRepository(tokens)
			.csrfTokenRequestHandler(new CsrfHeaderOrMaskedToken())
			.ignoringRequestMatchers(SecurityConfiguration::isBasicApiCallWithoutFormBody));
		// The cookie must be set before the page starts to stream: a long page commits its response
		// before the first form asks for the token, and a cookie added after that is silently lost.
		http.addFilterAfter(SecurityConfiguration::issueCsrfCookie, CsrfFilter.class);
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCS),
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
					new StaticHeadersWriter("Content-Security-Policy", API_DOCS_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** Loads the request's CSRF token so its cookie goes out with the headers of any page but the API's. */
	private static void issueCsrfCookie(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
				&& !API.matches((HttpServletRequest) request)) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	static boolean isBasicApiCallWithoutFormBody(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (!API.matches(request) || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String contentType = request.getContentType();
		if (contentType == null) {
			return true;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return !(type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
				|| type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA) || type.isCompatibleWith(MediaType.TEXT_PLAIN));
	}

	private static void unauthorised(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws IOException {
		if (API.matches(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Practice Exchange\"");
			problem(response, HttpStatus.UNAUTHORIZED, "Sign in first: use HTTP Basic or a signed-in session.");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login");
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}
}

package org.practiceexchange;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A valid CSRF token for a MockMvc request, sent as a browser sends it: the token in the app's
 * token cookie and its masked form in the {@code _csrf} field.
 *
 * <p>Spring Security's own {@code csrf()} post-processor swaps the shared filter's token store for
 * a session-backed one, for the whole context and every later request, real HTTP included; this one
 * leaves the filter chain as the app configures it.
 */
public final class Csrf implements RequestPostProcessor {

	/** The cookie the app keeps the token in (see the account module's security configuration). */
	public static final String COOKIE = "PXCSRF";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final boolean valid;

	private Csrf(boolean valid) {
		this.valid = valid;
	}

	public static Csrf csrf() {
		return new Csrf(true);
	}

	/** A field that does not match the cookie, as a forged post would send. */
	public Csrf useInvalidToken() {
		return new Csrf(false);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		String token = UUID.randomUUID().toString();
		List<Cookie> cookies = new ArrayList<>();
		if (request.getCookies() != null) {
			Arrays.stream(request.getCookies()).filter(cookie -> !COOKIE.equals(cookie.getName())).forEach(cookies::add);
		}
		cookies.add(new Cookie(COOKIE, token));
		request.setCookies(cookies.toArray(Cookie[]::new));
		request.setParameter("_csrf", masked(valid ? token : UUID.randomUUID().toString()));
		return request;
	}

	/** The form Spring Security's XOR handler expects: random bytes, then the token XOR them. */
	private static String masked(String token) {
		byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[tokenBytes.length];
		RANDOM.nextBytes(random);
		byte[] combined = new byte[tokenBytes.length * 2];
		System.arraycopy(random, 0, combined, 0, random.length);
		for (int i = 0; i < tokenBytes.length; i++) {
			combined[random.length + i] = (byte) (random[i] ^ tokenBytes[i]);
		}
		return Base64.getUrlEncoder().encodeToString(combined);
	}
}

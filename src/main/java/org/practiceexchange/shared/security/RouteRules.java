package org.practiceexchange.shared.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Lets each module declare the access rules of its own routes (which are public, which need a
 * role). The security configuration applies every module's rules, then requires sign-in for
 * anything not named.
 */
@FunctionalInterface
public interface RouteRules {

	void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);
}

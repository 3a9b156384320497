package org.practiceexchange.shared.web;

import org.practiceexchange.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PublicAssetRules {

	@Bean
	RouteRules publicSiteRoutes() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/", "/about", "/accessibility", "/privacy", "/css/**", "/js/**",
					"/images/**", "/webjars/**", "/assets/**", "/favicon.ico", "/ping")
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll();
	}
}

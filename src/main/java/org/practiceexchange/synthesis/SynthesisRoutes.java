package org.practiceexchange.synthesis;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SynthesisRoutes {

	@Bean
	RouteRules synthesisRouteRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/syntheses", "/syntheses/*", "/syntheses/*/synthesis.csv",
					"/syntheses/*/synthesis.pdf", "/api/synthesis")
			.permitAll()
			.requestMatchers("/my/quotes", "/my/quotes/**")
			.hasRole(Role.PRACTITIONER.name());
	}

	@Bean
	NavigationLink learningLink() {
		return new NavigationLink(35, "/syntheses", "nav.learning", "permitAll");
	}

	@Bean
	NavigationLink myQuotesLink() {
		return new NavigationLink(47, "/my/quotes", "nav.myQuotes", "hasRole('PRACTITIONER')");
	}

	@Bean
	ManagementArea synthesesArea() {
		return new ManagementArea(80, "/manage/syntheses", "synthesis.manage.title", "synthesis.area");
	}
}

package org.practiceexchange.call;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CallRoutes {

	@Bean
	RouteRules callAccessRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/calls", "/calls/*", "/api/calls", "/api/calls/*")
			.permitAll()
			.requestMatchers("/calls/*/proposals/new", "/my/proposals")
			.hasRole(Role.PROVIDER_LEAD.name())
			.requestMatchers(HttpMethod.POST, "/api/calls/*/proposals")
			.hasRole(Role.PROVIDER_LEAD.name())
			.requestMatchers(HttpMethod.POST, "/api/calls/*/deadline", "/api/calls/*/close-early", "/api/calls/*/proposals/*/promotion")
			.hasRole(Role.PROGRAMME_MANAGER.name())
			.requestMatchers("/my/reviews", "/reviews/**")
			.hasRole(Role.REVIEWER.name());
	}

	@Bean
	NavigationLink callsLink() {
		return new NavigationLink(15, "/calls", "nav.calls", "permitAll");
	}

	@Bean
	NavigationLink myProposalsLink() {
		return new NavigationLink(25, "/my/proposals", "nav.myProposals", "hasRole('PROVIDER_LEAD')");
	}

	@Bean
	NavigationLink myReviewsLink() {
		return new NavigationLink(26, "/my/reviews", "nav.myReviews", "hasRole('REVIEWER')");
	}

	@Bean
	ManagementArea callsArea() {
		return new ManagementArea(60, "/manage/calls", "calls.manage.title", "calls.area");
	}
}

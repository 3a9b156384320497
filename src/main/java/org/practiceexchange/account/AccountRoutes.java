package org.practiceexchange.account;

import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountRoutes {

	@Bean
	RouteRules accountPublicRoutes() {
		return routes -> routes.requestMatchers("/login", "/register", "/register/verify", "/password/forgot",
				"/password/reset", "/invitation").permitAll();
	}

	/**
	 * On the "More" page as well as at the end of the header bar, which also carries signing in,
	 * registering and signing out (see layout.html).
	 */
	@Bean
	NavigationLink accountLink() {
		return new NavigationLink(90, "/account", "nav.account", "isAuthenticated()").onMorePage(NavigationLink.ACCOUNT);
	}

	@Bean
	ManagementArea peopleArea() {
		return new ManagementArea(10, "/manage/people", "people.title", "people.area");
	}
}

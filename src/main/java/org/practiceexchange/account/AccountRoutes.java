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

	@Bean
	NavigationLink accountLink() {
		return new NavigationLink(90, "/account", "nav.account", "isAuthenticated()");
	}

	@Bean
	NavigationLink registerLink() {
		return new NavigationLink(91, "/register", "nav.register", "isAnonymous()");
	}

	@Bean
	NavigationLink signInLink() {
		return new NavigationLink(92, "/login", "nav.signIn", "isAnonymous()");
	}

	@Bean
	ManagementArea peopleArea() {
		return new ManagementArea(10, "/manage/people", "people.title", "people.area");
	}
}

package org.practiceexchange.home;

import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeRoutes {

	/** First in the header for everyone signed in: their own tasks. */
	@Bean
	NavigationLink homeLink() {
		return new NavigationLink(5, "/home", "nav.home", "isAuthenticated()");
	}
}

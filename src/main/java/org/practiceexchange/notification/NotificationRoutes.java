package org.practiceexchange.notification;

import org.practiceexchange.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

	/**
	 * The demo mail viewer is open to everyone: its mail is demo data, and a newcomer reads their
	 * verification link there before they can sign in. Outside demo mode nothing answers (404).
	 */
	@Bean
	RouteRules demoMailRoutes() {
		return routes -> routes.requestMatchers(HttpMethod.GET, "/demo/mail", "/demo/mail/*").permitAll();
	}
}

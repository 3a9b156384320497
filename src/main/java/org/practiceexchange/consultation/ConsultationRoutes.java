package org.practiceexchange.consultation;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ConsultationRoutes {

	@Bean
	RouteRules consultationRouteRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/consultations", "/consultations/*", "/api/consultations/*/summary")
			.permitAll()
			.requestMatchers("/consultations/*/responses", "/consultations/respond/**")
			.permitAll()
			.requestMatchers("/api/consultations", "/api/consultations/**")
			.hasRole(Role.PROGRAMME_MANAGER.name());
	}

	@Bean
	NavigationLink consultationsLink() {
		return new NavigationLink(65, "/consultations", "nav.consultations", "isAnonymous()");
	}

	/** In the header for visitors; on the "More" page for someone signed in. */
	@Bean
	NavigationLink consultationsMoreLink() {
		return new NavigationLink(65, "/consultations", "nav.consultations", "isAuthenticated()")
			.onMorePage(NavigationLink.SECTOR);
	}

	@Bean
	ManagementArea consultationsArea() {
		return new ManagementArea(70, "/manage/consultations", "consultations.manage.title", "consultations.area");
	}
}

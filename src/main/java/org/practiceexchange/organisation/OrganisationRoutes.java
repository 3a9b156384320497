package org.practiceexchange.organisation;

import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OrganisationRoutes {

	/** The directory of providers is public information, like the programmes they take part in. */
	@Bean
	RouteRules organisationPublicRoutes() {
		return routes -> routes.requestMatchers(HttpMethod.GET, "/api/organisations", "/api/organisations/*").permitAll();
	}

	@Bean
	ManagementArea organisationsArea() {
		return new ManagementArea(20, "/manage/organisations", "organisations.title", "organisations.area");
	}
}

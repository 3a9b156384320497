package org.practiceexchange.conference;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ConferenceRoutes {

	@Bean
	RouteRules conferenceAccessRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/conferences", "/conferences/*", "/conferences/*/talks/*.ics",
					"/api/conferences", "/api/conferences/*", "/api/conferences/*/calendar.ics")
			.permitAll()
			.requestMatchers("/conferences/*/apply")
			.hasAnyRole(Role.PRACTITIONER.name(), Role.PROVIDER_LEAD.name())
			.requestMatchers("/conferences/*/applications", "/conference-applications/*/score",
					"/conference-applications/*/decision")
			.hasAnyRole(Role.REVIEWER.name(), Role.PROGRAMME_MANAGER.name());
	}

	@Bean
	NavigationLink conferenceLink() {
		return new NavigationLink(55, "/conferences", "nav.conference", "permitAll");
	}

	@Bean
	ManagementArea conferenceArea() {
		return new ManagementArea(70, "/manage/conferences", "conference.manage.title", "conference.area");
	}
}

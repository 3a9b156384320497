package org.practiceexchange.project;

import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ProjectRoutes {

	/** A personal feed's secret is its own credential: calendar apps cannot sign in. */
	@Bean
	RouteRules projectPublicRoutes() {
		return routes -> routes.requestMatchers(HttpMethod.GET, "/calendar/*").permitAll();
	}

	@Bean
	NavigationLink myProjectsLink() {
		return new NavigationLink(30, "/my/projects", "nav.myProjects",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD')");
	}

	@Bean
	ManagementArea projectsArea() {
		return new ManagementArea(60, "/manage/projects", "projects.manage.title", "projects.area");
	}
}

package org.practiceexchange.project;

import org.practiceexchange.account.SignedInPerson;
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

	/** Only for someone with a project on their list. */
	@Bean
	NavigationLink myProjectsLink(ProjectInvolvement involvement) {
		return new NavigationLink(20, "/my/projects", "nav.myProjects",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD')")
			.when(person -> person.getPrincipal() instanceof SignedInPerson me && involvement.hasAProject(me));
	}

	@Bean
	ManagementArea projectsArea() {
		return new ManagementArea(60, "/manage/projects", "projects.manage.title", "projects.area");
	}
}

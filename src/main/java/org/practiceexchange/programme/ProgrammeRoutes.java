package org.practiceexchange.programme;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ProgrammeRoutes {

	@Bean
	RouteRules programmePublicRoutes() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/programmes", "/programmes/{id}", "/api/programmes", "/api/programmes/*",
					"/api/themes")
			.permitAll()
			.requestMatchers("/programmes/*/cohorts/*/apply", "/my/applications", "/my/applications/**")
			.hasRole(Role.PRACTITIONER.name());
	}

	@Bean
	NavigationLink programmesLink() {
		return new NavigationLink(40, "/programmes", "nav.programmes", "permitAll");
	}

	/** On the "More" page, once the practitioner has applied for something. */
	@Bean
	NavigationLink myApplicationsLink(JdbcTemplate jdbc) {
		return new NavigationLink(10, "/my/applications", "nav.myApplications", "hasRole('PRACTITIONER')")
			.onMorePage(NavigationLink.WORK)
			.when(person -> person.getPrincipal() instanceof SignedInPerson me && Boolean.TRUE.equals(jdbc.queryForObject(
					"select case when exists (select 1 from enrolment where person_id = ?) then true else false end",
					Boolean.class, me.id())));
	}

	@Bean
	ManagementArea programmesArea() {
		return new ManagementArea(30, "/manage/programmes", "programmes.manage.title", "programmes.area");
	}

	@Bean
	ManagementArea themesArea() {
		return new ManagementArea(40, "/manage/themes", "themes.title", "themes.area");
	}

	@Bean
	ManagementArea applicationsArea() {
		return new ManagementArea(50, "/manage/applications", "applications.manage.title", "applications.area");
	}
}

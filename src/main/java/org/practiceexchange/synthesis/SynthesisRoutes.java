package org.practiceexchange.synthesis;

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
class SynthesisRoutes {

	@Bean
	RouteRules synthesisRouteRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/syntheses", "/syntheses/*", "/syntheses/*/synthesis.csv",
					"/syntheses/*/synthesis.pdf", "/api/synthesis")
			.permitAll()
			.requestMatchers("/my/quotes", "/my/quotes/**")
			.hasRole(Role.PRACTITIONER.name());
	}

	@Bean
	NavigationLink learningLink() {
		return new NavigationLink(60, "/syntheses", "nav.learning", "isAnonymous()");
	}

	/** In the header for visitors; on the "More" page for someone signed in. */
	@Bean
	NavigationLink learningMoreLink() {
		return new NavigationLink(60, "/syntheses", "nav.learning", "isAuthenticated()").onMorePage(NavigationLink.SECTOR);
	}

	@Bean
	NavigationLink myQuotesLink(JdbcTemplate jdbc) {
		return new NavigationLink(47, "/my/quotes", "nav.myQuotes", "hasRole('PRACTITIONER')")
			.onMorePage(NavigationLink.WORK)
			.when(person -> person.getPrincipal() instanceof SignedInPerson me && Boolean.TRUE.equals(jdbc.queryForObject(
					"select case when exists (select 1 from synthesis_quote where practitioner_id = ?) then true else false end",
					Boolean.class, me.id())));
	}

	@Bean
	ManagementArea synthesesArea() {
		return new ManagementArea(80, "/manage/syntheses", "synthesis.manage.title", "synthesis.area");
	}
}

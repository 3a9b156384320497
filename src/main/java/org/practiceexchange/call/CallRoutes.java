package org.practiceexchange.call;

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
class CallRoutes {

	@Bean
	RouteRules callAccessRules() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/calls", "/calls/*", "/api/calls", "/api/calls/*")
			.permitAll()
			.requestMatchers("/calls/*/proposals/new", "/my/proposals")
			.hasRole(Role.PROVIDER_LEAD.name())
			.requestMatchers(HttpMethod.POST, "/api/calls/*/proposals")
			.hasRole(Role.PROVIDER_LEAD.name())
			.requestMatchers(HttpMethod.POST, "/api/calls/*/deadline", "/api/calls/*/close-early", "/api/calls/*/proposals/*/promotion")
			.hasRole(Role.PROGRAMME_MANAGER.name())
			.requestMatchers("/my/reviews", "/reviews/**")
			.hasRole(Role.REVIEWER.name());
	}

	/** In the header for visitors; on the "More" page for someone signed in. */
	@Bean
	NavigationLink callsLink() {
		return new NavigationLink(45, "/calls", "nav.calls", "isAnonymous()");
	}

	@Bean
	NavigationLink callsMoreLink() {
		return new NavigationLink(45, "/calls", "nav.calls", "isAuthenticated()").onMorePage(NavigationLink.SECTOR);
	}

	/** A provider lead's own work: where they start and follow their bids (from an open call). */
	@Bean
	NavigationLink myProposalsLink() {
		return new NavigationLink(22, "/my/proposals", "nav.myProposals", "hasRole('PROVIDER_LEAD')");
	}

	/** Only for a reviewer with an assignment (a conflicted one is not theirs to review). */
	@Bean
	NavigationLink myReviewsLink(JdbcTemplate jdbc) {
		return new NavigationLink(23, "/my/reviews", "nav.myReviews", "hasRole('REVIEWER')")
			.when(person -> person.getPrincipal() instanceof SignedInPerson me && Boolean.TRUE.equals(jdbc.queryForObject(
					"select case when exists (select 1 from review_assignment where reviewer_id = ? and status <> 'CONFLICT')"
							+ " then true else false end",
					Boolean.class, me.id())));
	}

	@Bean
	ManagementArea callsArea() {
		return new ManagementArea(60, "/manage/calls", "calls.manage.title", "calls.area");
	}
}

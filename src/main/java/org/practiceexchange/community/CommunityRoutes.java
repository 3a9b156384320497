package org.practiceexchange.community;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Communities are for practitioners, mentors and programme managers; visitors are asked to sign in
 * and other roles are refused. Which community, thread or post someone may see is checked by the
 * services on every request.
 */
@Configuration(proxyBeanMethods = false)
class CommunityRoutes {

	static final String[] WHO = { Role.PRACTITIONER.name(), Role.MENTOR.name(), Role.PROGRAMME_MANAGER.name() };

	@Bean
	RouteRules communityAccessRules() {
		return routes -> routes.requestMatchers("/communities", "/communities/**", "/api/communities", "/api/communities/**")
			.hasAnyRole(WHO);
	}

	@Bean
	NavigationLink communitiesLink() {
		return new NavigationLink(70, "/communities", "nav.communities",
				"hasAnyRole('PRACTITIONER','MENTOR','PROGRAMME_MANAGER')")
			.onMorePage(NavigationLink.SECTOR);
	}
}

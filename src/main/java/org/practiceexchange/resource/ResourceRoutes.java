package org.practiceexchange.resource;

import org.practiceexchange.account.Role;
import org.practiceexchange.shared.security.RouteRules;
import org.practiceexchange.shared.web.ManagementArea;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ResourceRoutes {

	@Bean
	RouteRules resourcePublicRoutes() {
		return routes -> routes
			.requestMatchers(HttpMethod.GET, "/outputs", "/outputs/{id}", "/outputs/{id}/files/{fileId}",
					"/api/resources", "/api/resources/{id}", "/oai")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/oai")
			.permitAll()
			.requestMatchers("/my/outputs", "/my/outputs/**")
			.hasAnyRole(Role.PRACTITIONER.name(), Role.PROVIDER_LEAD.name())
			.requestMatchers("/my/cascade", "/my/cascade/**", "/my/cascade.csv")
			.hasRole(Role.PRACTITIONER.name())
			.requestMatchers("/approvals/outputs")
			.hasAnyRole(Role.PROGRAMME_MANAGER.name(), Role.VALIDATOR.name());
	}

	@Bean
	NavigationLink outputsLink() {
		return new NavigationLink(50, "/outputs", "nav.outputs", "permitAll");
	}

	@Bean
	NavigationLink myOutputsLink() {
		return new NavigationLink(40, "/my/outputs", "nav.myOutputs", "hasAnyRole('PRACTITIONER','PROVIDER_LEAD')")
			.onMorePage(NavigationLink.WORK);
	}

	@Bean
	NavigationLink cascadeLink() {
		return new NavigationLink(45, "/my/cascade", "nav.cascade", "hasRole('PRACTITIONER')")
			.onMorePage(NavigationLink.WORK);
	}

	@Bean
	NavigationLink approvalsLink() {
		return new NavigationLink(50, "/approvals/outputs", "nav.outputApprovals", "hasAnyRole('PROGRAMME_MANAGER','VALIDATOR')")
			.onMorePage(NavigationLink.WORK);
	}

	@Bean
	ManagementArea outputApprovalsArea() {
		return new ManagementArea(60, "/approvals/outputs", "outputs.awaiting.title", "outputs.awaiting.area");
	}

	@Bean
	ManagementArea outputApproversArea() {
		return new ManagementArea(61, "/manage/outputs/approvers", "approvers.title", "approvers.area");
	}

	@Bean
	ManagementArea cascadeReachArea() {
		return new ManagementArea(62, "/manage/cascade", "reach.title", "reach.area");
	}
}

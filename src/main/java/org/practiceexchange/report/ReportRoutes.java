package org.practiceexchange.report;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectInvolvement;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportRoutes {

	/** On the "More" page; only for a manager, or someone with a project (as validator too), whose reports these are. */
	@Bean
	NavigationLink reportsLink(ProjectInvolvement involvement) {
		return new NavigationLink(32, "/reports", "nav.reports",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD','VALIDATOR','PROGRAMME_MANAGER')")
			.onMorePage(NavigationLink.WORK)
			.when(person -> person.getPrincipal() instanceof SignedInPerson me
					&& (me.hasRole(Role.PROGRAMME_MANAGER) || involvement.hasOrValidatesAProject(me)));
	}
}

package org.practiceexchange.report;

import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportRoutes {

	@Bean
	NavigationLink reportsLink() {
		return new NavigationLink(32, "/reports", "nav.reports",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD','VALIDATOR','PROGRAMME_MANAGER')");
	}
}

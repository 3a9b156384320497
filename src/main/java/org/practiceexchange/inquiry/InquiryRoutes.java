package org.practiceexchange.inquiry;

import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InquiryRoutes {

	@Bean
	NavigationLink inquiriesLink() {
		return new NavigationLink(31, "/inquiries", "nav.inquiries",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD','PROGRAMME_MANAGER')");
	}
}

package org.practiceexchange.privacy;

import org.practiceexchange.shared.web.ManagementArea;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyRoutes {

	@Bean
	ManagementArea auditArea() {
		return new ManagementArea(95, "/manage/audit", "audit.title", "audit.area");
	}
}

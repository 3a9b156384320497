package org.practiceexchange.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** UK dates and Europe/London times everywhere; tests may replace the clock. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(LONDON);
	}
}

package org.practiceexchange.shared;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Refuses to start in production with demo accounts, or on anything but PostgreSQL. */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

	private final Environment environment;

	ProductionGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		check(environment);
	}

	static void check(Environment environment) {
		if (environment.getProperty("exchange.demo", Boolean.class, false)) {
			throw new IllegalStateException("The prod profile cannot run with exchange.demo=true: demo accounts "
					+ "have a published password.");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("The prod profile needs a PostgreSQL datasource: set SPRING_DATASOURCE_URL "
					+ "(jdbc:postgresql://host:port/db), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
		}
	}
}

package org.practiceexchange.shared.cluster;

import java.time.Duration;
import java.util.EnumSet;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code exchange.cluster=true} signed-in sessions live in the database (Spring Session JDBC, the
 * {@code spring_session} tables of migration V111) instead of each node's memory, so every node behind a load
 * balancer knows every session: signed in on one node is signed in on all, and signing out or ending a
 * changed person's sessions holds everywhere. Off by default: one process keeps its sessions in memory.
 *
 * <p>The session cookie stays what {@code server.servlet.session.*} says for the servlet container's
 * sessions ({@code PXSESSION}, HttpOnly, SameSite=Lax, Secure in production) and so does the timeout.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("exchange.cluster")
@EnableSpringHttpSession
class ClusterSessions {

	/**
	 * Spring Session JDBC's repository, declared here rather than through {@code @EnableJdbcHttpSession}:
	 * that one names its bean {@code sessionRepository}, the name the project module's repository of group
	 * sessions already has. Each save runs in a transaction of its own; expired sessions are deleted every
	 * minute by whichever node gets there (a delete of rows past their expiry, harmless twice).
	 */
	@Bean
	JdbcIndexedSessionRepository clusterSessionRepository(DataSource dataSource,
			PlatformTransactionManager transactions, Environment environment) {
		TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				ownTransaction);
		repository.setDefaultMaxInactiveInterval(timeout(environment));
		return repository;
	}

	/** The servlet container's session cookie, written by Spring Session instead. */
	@Bean
	CookieSerializer cookieSerializer(Environment environment) {
		Binder binder = Binder.get(environment);
		String prefix = "server.servlet.session.cookie.";
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(binder.bind(prefix + "name", String.class).orElse("PXSESSION"));
		cookie.setUseHttpOnlyCookie(binder.bind(prefix + "http-only", Boolean.class).orElse(true));
		cookie.setSameSite(binder.bind(prefix + "same-site", String.class).map(ClusterSessions::sameSite).orElse("Lax"));
		// Unset, the cookie is Secure when the request came over HTTPS, as the container does.
		binder.bind(prefix + "secure", Boolean.class).ifBound(cookie::setUseSecureCookie);
		// The container's cookie holds the bare session id; keep the same shape.
		cookie.setUseBase64Encoding(false);
		return cookie;
	}

	/** Sessions time out as the container's did. */
	private static Duration timeout(Environment environment) {
		return Binder.get(environment)
			.bind("server.servlet.session.timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
	}

	/**
	 * Spring Session's filter wraps every request before Spring Security's, error and async dispatches
	 * included, so no page ever falls back to a container session.
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
			SessionRepositoryFilter<?> filter) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

	/** Boot spells it lax/strict/none (any case); the cookie attribute is Lax/Strict/None. */
	private static String sameSite(String value) {
		String lower = value.toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}

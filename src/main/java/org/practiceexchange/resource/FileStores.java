package org.practiceexchange.resource;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which store keeps uploaded files: {@code exchange.files.store=local} (the default: a folder under the
 * data dir, for one node) or {@code database} (the {@code stored_file} table, for several nodes on one
 * database). Any other value stops the app at start rather than losing files somewhere unexpected.
 */
@Configuration(proxyBeanMethods = false)
class FileStores {

	@Bean
	FileStore fileStore(@Value("${exchange.files.store:local}") String store, UploadPolicy policy, JdbcTemplate jdbc,
			Clock clock) {
		switch (store.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "local":
				return new LocalFileStore(policy.folder());
			case "database":
				return new DatabaseFileStore(policy.folder(), jdbc, clock);
			default:
				throw new IllegalStateException("exchange.files.store must be local or database, not " + store);
		}
	}
}

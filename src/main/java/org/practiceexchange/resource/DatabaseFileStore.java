package org.practiceexchange.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files kept in the {@code stored_file} table (migration V52), so every node behind a load balancer reaches
 * every file and a database backup holds them all. The row is written through the caller's connection, so in
 * the same transaction as the output file that names its key: a refused or failed change keeps neither.
 */
class DatabaseFileStore extends FileStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DatabaseFileStore(Path folder, JdbcTemplate jdbc, Clock clock) {
		super(folder);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	String keep(Path received) {
		String key = newKey();
		try (InputStream content = Files.newInputStream(received)) {
			long size = Files.size(received);
			jdbc.update("insert into stored_file (storage_key, content, size, stored_at) values (?, ?, ?, ?)", statement -> {
				statement.setString(1, key);
				statement.setBinaryStream(2, content, size);
				statement.setLong(3, size);
				statement.setTimestamp(4, Timestamp.from(clock.instant()));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return key;
	}

	@Override
	Resource open(String key) {
		List<byte[]> found = jdbc.query("select content from stored_file where storage_key = ?",
				(rows, number) -> rows.getBytes(1), checked(key));
		if (found.isEmpty()) {
			throw new RecordNotFoundException("Stored file", key);
		}
		return new ByteArrayResource(found.get(0));
	}
}

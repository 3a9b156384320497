package org.practiceexchange.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files are kept, by random key, never by their own name: a folder under the data dir
 * ({@code exchange.files.store=local}, the default) or a table of the database ({@code database}, for
 * several nodes). Either way an upload first lands in a temporary file under {@code <data dir>/uploads},
 * where it is inspected; only an accepted one is kept. Files reach people only through the download
 * controller.
 */
abstract class FileStore {

	private final Path folder;

	FileStore(Path folder) {
		this.folder = folder;
	}

	/** Copies the upload to a temporary file on this node, ready to inspect. */
	Path receive(InputStream content) {
		try {
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, "incoming-", ".part");
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			return temporary;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps an inspected file under a new random key and returns the key. */
	abstract String keep(Path received);

	/** The kept file's content, to send to the person downloading it. */
	abstract Resource open(String key);

	void discard(Path received) {
		try {
			Files.deleteIfExists(received);
		}
		catch (IOException ex) {
			// A leftover temporary file does no harm.
		}
	}

	Path folder() {
		return folder;
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** Keys are UUIDs: anything else was never given out by a store. */
	static String checked(String key) {
		return UUID.fromString(key).toString();
	}
}

package org.practiceexchange.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Files kept under {@code <data dir>/uploads} by random key. The folder is outside every static or
 * executable path: files reach people only through the download controller.
 */
@Component
class FileStore {

	private final Path folder;

	FileStore(UploadPolicy policy) {
		this.folder = policy.folder();
	}

	/** Copies the upload to a temporary file inside the store, ready to inspect. */
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

	/** Moves an inspected file to its permanent random key. */
	String keep(Path received) {
		String key = UUID.randomUUID().toString();
		try {
			Files.move(received, resolve(key), StandardCopyOption.ATOMIC_MOVE);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void discard(Path received) {
		try {
			Files.deleteIfExists(received);
		}
		catch (IOException ex) {
			// A leftover temporary file does no harm.
		}
	}

	Path resolve(String key) {
		Path path = folder.resolve(UUID.fromString(key).toString()).normalize();
		if (!path.startsWith(folder)) {
			throw new IllegalArgumentException("Bad storage key");
		}
		return path;
	}
}

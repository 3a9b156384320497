package org.practiceexchange.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Files kept under {@code <data dir>/uploads}, one per key. The folder is outside every static or executable
 * path. One node only, unless the folder is on storage every node mounts.
 */
class LocalFileStore extends FileStore {

	LocalFileStore(Path folder) {
		super(folder);
	}

	@Override
	String keep(Path received) {
		String key = newKey();
		try {
			Files.move(received, resolve(key), StandardCopyOption.ATOMIC_MOVE);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	Path resolve(String key) {
		Path path = folder().resolve(checked(key)).normalize();
		if (!path.startsWith(folder())) {
			throw new IllegalArgumentException("Bad storage key");
		}
		return path;
	}
}

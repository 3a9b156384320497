package org.practiceexchange.resource;

import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The outputs' file checking and store, offered to other modules through {@link UploadedFiles}. */
@Component
class StoredUploads implements UploadedFiles {

	private final FileStore store;

	private final FileInspector inspector;

	StoredUploads(FileStore store, UploadPolicy policy) {
		this.store = store;
		this.inspector = new FileInspector(policy.maxBytes());
	}

	@Override
	public Kept keep(String originalName, long size, InputStream content) {
		Path received = store.receive(content);
		try {
			FileInspector.Inspected inspected = inspector.inspect(received, originalName, size);
			return new Kept(OutputService.cleanName(originalName), inspected.mediaType(), size, store.keep(received));
		}
		finally {
			store.discard(received);
		}
	}

	@Override
	public Resource open(String key) {
		return store.open(key);
	}
}

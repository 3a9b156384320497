package org.practiceexchange.resource;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Where uploads are kept and how large one may be ({@code exchange.uploads.max-size}, 50 MB by default). */
@Component
class UploadPolicy {

	private final Path folder;

	private final long maxBytes;

	UploadPolicy(@Value("${exchange.data-dir}") String dataDir,
			@Value("${exchange.uploads.max-size:50MB}") DataSize maxSize) {
		this.folder = Path.of(dataDir, "uploads").toAbsolutePath().normalize();
		this.maxBytes = maxSize.toBytes();
	}

	Path folder() {
		return folder;
	}

	long maxBytes() {
		return maxBytes;
	}
}

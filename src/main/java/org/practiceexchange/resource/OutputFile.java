package org.practiceexchange.resource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A file of an output: stored under the uploads folder by a random key, never by its own name. */
@Entity
@Table(name = "output_file")
class OutputFile {

	static final int MAX_TEXT = 200_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "output_id")
	private Output output;

	private String originalName;

	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String storageKey;

	@FullTextField(name = "text", analyzer = "english")
	private String extractedText;

	private Instant uploadedAt;

	private long downloads;

	protected OutputFile() {
	}

	OutputFile(Output output, String originalName, String mediaType, long size, String storageKey, String text,
			Instant now) {
		this.output = output;
		this.originalName = originalName;
		this.mediaType = mediaType;
		this.size = size;
		this.storageKey = storageKey;
		this.extractedText = text == null ? null : text.substring(0, Math.min(text.length(), MAX_TEXT));
		this.uploadedAt = now;
	}

	Long id() {
		return id;
	}

	Output output() {
		return output;
	}

	String originalName() {
		return originalName;
	}

	String mediaType() {
		return mediaType;
	}

	long size() {
		return size;
	}

	String storageKey() {
		return storageKey;
	}

	long downloads() {
		return downloads;
	}

	/** "1.2 MB", "340 KB" */
	String readableSize() {
		if (size >= 1024 * 1024) {
			return String.format("%.1f MB", size / (1024.0 * 1024.0));
		}
		return Math.max(1, size / 1024) + " KB";
	}
}

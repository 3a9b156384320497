package org.practiceexchange.resource;

import java.io.InputStream;

import org.springframework.core.io.Resource;

/**
 * Files other modules accept from people (a proposal's letters of support, say), checked and kept exactly as
 * outputs' files are: the type read from the content and matching the name, within
 * {@code exchange.uploads.max-size}, kept by random key in the store {@code exchange.files.store} names.
 * Whoever keeps a key decides who may open it.
 */
public interface UploadedFiles {

	/**
	 * Checks and keeps an upload; a refused one throws a {@link org.practiceexchange.shared.DomainRuleException}
	 * on the field {@code file}, and nothing is kept. With the database store the file is written in the caller's
	 * transaction.
	 */
	Kept keep(String originalName, long size, InputStream content);

	/** The content kept under a key given by {@link #keep}. */
	Resource open(String key);

	/** A kept file: its cleaned name, the type its content is, its size and its key in the store. */
	record Kept(String name, String mediaType, long size, String key) {
	}
}

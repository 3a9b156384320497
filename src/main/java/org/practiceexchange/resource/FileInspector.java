package org.practiceexchange.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.practiceexchange.shared.DomainRuleException;

/**
 * Decides what a file really is from its bytes (Apache Tika), refuses files we do not take or that
 * are not what their name says, and extracts their text for search.
 */
class FileInspector {

	private static final Logger log = LoggerFactory.getLogger(FileInspector.class);

	/** The types we accept, with the name people know them by. */
	static final Map<String, String> ACCEPTED = Map.of(
			"application/pdf", "PDF",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document (DOCX)",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation (PPTX)",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet (XLSX)",
			"application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)",
			"image/png", "PNG image",
			"image/jpeg", "JPEG image",
			"image/gif", "GIF image");

	record Inspected(String mediaType, String text) {
	}

	private final Tika tika = new Tika();

	private final long maxBytes;

	FileInspector(long maxBytes) {
		this.maxBytes = maxBytes;
		this.tika.setMaxStringLength(OutputFile.MAX_TEXT);
	}

	Inspected inspect(Path file, String originalName, long size) {
		if (size <= 0) {
			throw new DomainRuleException("file", "The file is empty");
		}
		if (size > maxBytes) {
			throw new DomainRuleException("file", "The file must be smaller than " + (maxBytes / (1024 * 1024)) + " MB");
		}
		String detected = detect(file);
		String accepted = ACCEPTED.get(detected);
		if (accepted == null) {
			throw new DomainRuleException("file",
					"The file must be a PDF, DOCX, PPTX, XLSX, ODT, PNG, JPEG or GIF; its content is " + detected);
		}
		String claimed = tika.detect(originalName == null ? "" : originalName);
		if (!detected.equals(claimed)) {
			throw new DomainRuleException("file", "The file is called " + originalName + " but its content is a "
					+ accepted + ": rename it or choose the right file");
		}
		return new Inspected(detected, extractText(file, detected));
	}

	private String detect(Path file) {
		try (InputStream in = TikaInputStream.get(file)) {
			// The name is left out on purpose: the type comes from the content alone.
			return MediaType.parse(tika.getDetector().detect(in, new Metadata()).getBaseType().toString()).toString();
		}
		catch (IOException ex) {
			throw new DomainRuleException("file", "The file could not be read");
		}
	}

	private String extractText(Path file, String mediaType) {
		if (mediaType.startsWith("image/")) {
			return null;
		}
		try {
			String text = tika.parseToString(file);
			return text == null ? null : text.strip().replace('\u0000', ' ');
		}
		catch (Exception | LinkageError ex) {
			log.warn("Could not extract text from a {} file", mediaType, ex);
			return null;
		}
	}
}

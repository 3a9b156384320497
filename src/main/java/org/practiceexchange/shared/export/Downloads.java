package org.practiceexchange.shared.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table answered as a file to download, CSV or XLSX, written by {@link Spreadsheets}: what a
 * list page's "Download as CSV" and "Download as spreadsheet (XLSX)" links get.
 */
public final class Downloads {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private Downloads() {
	}

	/** A moment as the UK clock showed it, for a date-and-time cell; {@code null} stays empty. */
	public static LocalDateTime ukTime(Instant moment) {
		return moment == null ? null : LocalDateTime.ofInstant(moment, UK);
	}

	/** The table as CSV, saved as {@code name.csv}. */
	public static ResponseEntity<byte[]> csv(String name, List<String> header, Iterable<? extends List<?>> rows) {
		return file(Spreadsheets.csv(header, rows), CSV, name + ".csv");
	}

	/** The table as a workbook of one sheet, saved as {@code name.xlsx}. */
	public static ResponseEntity<byte[]> xlsx(String name, String sheet, List<String> header,
			Iterable<? extends List<?>> rows) {
		return file(Spreadsheets.xlsx(sheet, header, rows), XLSX, name + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}

package org.practiceexchange.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every table the app hands out as a spreadsheet goes through here, as CSV (RFC 4180, UTF-8 with a
 * byte-order mark so spreadsheets read the accents) or XLSX. Text that a spreadsheet would run as a
 * formula (it starts with {@code = + - @}, a tab or a carriage return) is written with a leading
 * apostrophe, so an answer such as {@code =HYPERLINK(...)} typed into a public form reaches a
 * manager's spreadsheet as the text it is. Numbers stay numbers and dates stay dates.
 */
public final class Spreadsheets {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*");

	private Spreadsheets() {
	}

	/** Text made safe to open in a spreadsheet; {@code null}, empty text and a plain signed number pass unchanged. */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		boolean formula = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
		return formula ? "'" + text : text;
	}

	/** One cell as CSV writes it: numbers and dates as they are, anything else as safe text. */
	public static Object cell(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof LocalDate
				|| value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
			return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
		}
		return safe(value.toString());
	}

	/** A CSV printer whose every record is made safe; the caller closes it. */
	public static SafeCsv csv(Writer out, List<String> header) {
		try {
			return new SafeCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A whole table as CSV bytes, with the byte-order mark. */
	public static byte[] csv(List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (SafeCsv csv = csv(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), header)) {
			for (List<?> row : rows) {
				csv.row(row);
			}
		}
		return bytes.toByteArray();
	}

	/** A whole table as an XLSX workbook of one sheet, with a bold header row. */
	public static byte[] xlsx(String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
		try (XlsxWriter xlsx = xlsx(sheetName, header); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<?> values : rows) {
				xlsx.row(values);
			}
			xlsx.finish(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A workbook of one sheet, with a bold header row, to add rows to one at a time: POI's streaming
	 * workbook keeps a window of 200 rows in memory and the rest in a temporary file, so a table of
	 * any length fits. {@link XlsxWriter#finish} writes the file; closing deletes the temporary file.
	 */
	public static XlsxWriter xlsx(String sheetName, List<String> header) {
		return new XlsxWriter(sheetName, header);
	}

	/** A streaming workbook being written; see {@link #xlsx(String, List)}. */
	public static final class XlsxWriter implements AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

		private final Sheet sheet;

		private final CellStyle date;

		private final CellStyle dateTime;

		private int next = 1;

		private XlsxWriter(String sheetName, List<String> header) {
			sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = first.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
		}

		public void row(List<?> values) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.size(); i++) {
				write(row.createCell(i), values.get(i), date, dateTime);
			}
		}

		/** Writes the workbook to {@code out}, which stays open. */
		public void finish(java.io.OutputStream out) throws IOException {
			workbook.write(out);
		}

		@Override
		public void close() {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static void write(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(date);
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(dateTime);
		}
		else if (value instanceof OffsetDateTime time) {
			cell.setCellValue(time.toLocalDateTime());
			cell.setCellStyle(dateTime);
		}
		else {
			// A string cell is never a formula in XLSX, so text goes in as it is.
			cell.setCellValue(value.toString());
		}
	}

	/** A CSV printer that makes every cell safe before it is written. */
	public static final class SafeCsv implements AutoCloseable {

		private final CSVPrinter printer;

		private SafeCsv(CSVPrinter printer) {
			this.printer = printer;
		}

		public void row(List<?> values) {
			try {
				printer.printRecord(values.stream().map(Spreadsheets::cell).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public void row(Object... values) {
			row(Arrays.asList(values));
		}

		@Override
		public void close() {
			try {
				printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}

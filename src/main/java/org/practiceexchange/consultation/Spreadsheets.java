package org.practiceexchange.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a table (header and rows of cells) as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets) or XLSX. */
final class Spreadsheets {

	private Spreadsheets() {
	}

	static byte[] csv(List<String> header, Iterable<List<Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(String sheetName, List<String> header, Iterable<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

package org.practiceexchange.shared.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what an export answered with parsers we did not write: Apache Commons CSV for CSV (after
 * checking the byte-order mark) and Apache POI for XLSX.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	/** Every record of the CSV, the header first. */
	public static List<List<String>> csv(byte[] body) {
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		try {
			return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::values)
				.map(List::of).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first sheet of the workbook. */
	public static XSSFWorkbook xlsx(byte[] body) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first sheet's rows as text (numbers as POI reads them), the header first. */
	public static List<List<String>> texts(XSSFWorkbook workbook) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : workbook.getSheetAt(0)) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.getLastCellNum(); i++) {
				Cell cell = row.getCell(i);
				cells.add(cell == null ? "" : switch (cell.getCellType()) {
					case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
							: String.valueOf(cell.getNumericCellValue());
					case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
					case BLANK -> "";
					default -> cell.getStringCellValue();
				});
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The cell of the first sheet at this row (0 is the header) and column. */
	public static Cell cell(XSSFWorkbook workbook, int row, int column) {
		return workbook.getSheetAt(0).getRow(row).getCell(column);
	}

	/** Whether the cell is a number (not a date). */
	public static boolean number(Cell cell) {
		return cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
	}

	/** Whether the cell is a date (a number with a date format). */
	public static boolean date(Cell cell) {
		return cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
	}
}

package org.practiceexchange.shared.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
		assertThat(Spreadsheets.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(Spreadsheets.safe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
		assertThat(Spreadsheets.safe("-2+3+cmd")).isEqualTo("'-2+3+cmd");
		assertThat(Spreadsheets.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Spreadsheets.safe("\tx")).isEqualTo("'\tx");
		assertThat(Spreadsheets.safe("\rx")).isEqualTo("'\rx");
		assertThat(Spreadsheets.safe("Sam O'Neill")).isEqualTo("Sam O'Neill");
		assertThat(Spreadsheets.safe("-2.5")).isEqualTo("-2.5");
		assertThat(Spreadsheets.safe("")).isEmpty();
		assertThat(Spreadsheets.safe(null)).isNull();
	}

	@Test
	void csvHasTheByteOrderMarkAHeaderAndSafeTextButNumbersAndDatesAsTheyAre() throws Exception {
		byte[] bytes = Spreadsheets.csv(List.of("Name", "Days", "Change", "On"),
				List.of(List.of("=1+1", 3, -1.5, LocalDate.of(2026, 12, 7)), List.of("Ana, \"Bo\"", 0, 2, LocalDate.of(2027, 1, 4))));
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
		assertThat(records).hasSize(3);
		assertThat(records.get(0).values()).containsExactly("Name", "Days", "Change", "On");
		assertThat(records.get(1).values()).containsExactly("'=1+1", "3", "-1.5", "2026-12-07");
		assertThat(records.get(2).values()).containsExactly("Ana, \"Bo\"", "0", "2", "2027-01-04");
	}

	@Test
	void xlsxKeepsNumbersAsNumbersDatesAsDatesAndFormulaLookingTextAsText() throws Exception {
		byte[] bytes = Spreadsheets.xlsx("People", List.of("Name", "Days", "On"),
				List.of(List.of("=1+1", 3, LocalDate.of(2026, 12, 7))));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("People");
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3.0);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
			assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
		}
	}
}

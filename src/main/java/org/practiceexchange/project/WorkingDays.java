package org.practiceexchange.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in England: not a Saturday or Sunday, and not a bank holiday. The bank holidays are
 * our own data file, {@code project/english-bank-holidays.txt} (2025 to 2029, its source named in
 * the file); outside those years only weekends are known.
 */
final class WorkingDays {

	private static final String FILE = "/project/english-bank-holidays.txt";

	private static final WorkingDays ENGLAND = new WorkingDays(read());

	private final Map<LocalDate, String> bankHolidays;

	private WorkingDays(Map<LocalDate, String> bankHolidays) {
		this.bankHolidays = bankHolidays;
	}

	static WorkingDays england() {
		return ENGLAND;
	}

	boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !bankHolidays.containsKey(date);
	}

	/** The day itself if it is a working day, otherwise the next one. */
	LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The bank holiday's name, if the date is one. */
	Optional<String> bankHoliday(LocalDate date) {
		return Optional.ofNullable(bankHolidays.get(date));
	}

	private static Map<LocalDate, String> read() {
		Map<LocalDate, String> days = new TreeMap<>();
		try (InputStream in = WorkingDays.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int space = line.indexOf(' ');
				days.put(LocalDate.parse(line.substring(0, space)), line.substring(space + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return days;
	}
}

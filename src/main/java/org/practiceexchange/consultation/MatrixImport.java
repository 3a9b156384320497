package org.practiceexchange.consultation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a recommendation table (CSV by RFC 4180, TSV, or a table pasted from a document) into a
 * {@link ParsedMatrix}, or refuses it with every problem's line and column. Commons CSV does the
 * reading; this class applies the consultation's rules to the records it returns.
 */
final class MatrixImport {

	enum Format {
		CSV(','), TSV('\t'), DETECT('\0');

		private final char delimiter;

		Format(char delimiter) {
			this.delimiter = delimiter;
		}
	}

	static final int MAX_CHARS = 2_000_000;

	static final int MAX_RECOMMENDATIONS = 5_000;

	static final int MAX_CATEGORIES = 40;

	static final int MAX_TEXT = 4_000;

	static final int MAX_CATEGORY_NAME = 200;

	private static final int MAX_PROBLEMS = 50;

	/**
	 * What a page header or footer copied with a table looks like: a page number ("3", "Page 3",
	 * "3 of 12", "3/12") or a short line of capitals with no lower-case letter ("DRAFT", "OFFICIAL -
	 * SENSITIVE").
	 */
	private static final Pattern PAGE_FURNITURE = Pattern.compile(
			"(?i:(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?)|[\\p{Lu}\\d][\\p{Lu}\\d \\-–:/&]{0,39}");

	/** A word broken by a hyphen at the end of a line, to join again without the line break. */
	private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{L})-[ \\t]*\\R\\s*(?=\\p{L})");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,6})(?:[.)]\\s*|\\s+|$)(.*)$", Pattern.DOTALL);

	private MatrixImport() {
	}

	static ParsedMatrix parse(byte[] bytes, Format format) {
		return parse(decode(bytes), format);
	}

	static ParsedMatrix parse(String input, Format format) {
		String text = input == null ? "" : input;
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.length() > MAX_CHARS) {
			throw refuse(1, 1, "The table is too long: keep it under " + MAX_CHARS / 1_000_000 + " million characters");
		}
		char delimiter = format == Format.DETECT ? detect(text) : format.delimiter;
		return new Reading(text, delimiter).read();
	}

	/** Tab-separated when the first non-empty line has a tab (as pasted tables do), otherwise CSV. */
	private static char detect(String text) {
		for (String line : text.split("\r\n|\r|\n", 50)) {
			if (!line.isBlank()) {
				return line.indexOf('\t') >= 0 ? '\t' : ',';
			}
		}
		return ',';
	}

	static String decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes == null ? new byte[0] : bytes);
		CharBuffer out = CharBuffer.allocate(Math.max(16, in.remaining()));
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			String before = out.flip().toString();
			int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
			int column = before.length() - before.lastIndexOf('\n');
			throw refuse(line, column, "This is not UTF-8 text: save the table as UTF-8 (CSV UTF-8 in a spreadsheet) and try again");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	static ImportRefused refuse(int line, int column, String message) {
		return new ImportRefused(List.of(new ImportProblem(line, column, message)));
	}

	/** One pass over one table. */
	private static final class Reading {

		private final String text;

		private final char delimiter;

		private final List<ImportProblem> problems = new ArrayList<>();

		private final List<ImportProblem> warnings = new ArrayList<>();

		private List<String> header;

		private int width;

		private String heading;

		private List<String> categories;

		private final List<Builder> rows = new ArrayList<>();

		Reading(String text, char delimiter) {
			this.text = text;
			this.delimiter = delimiter;
		}

		ParsedMatrix read() {
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setQuote('"')
				.setIgnoreEmptyLines(false)
				.setIgnoreSurroundingSpaces(false)
				.setTrim(false)
				.get();
			int line = 1;
			try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
				var records = parser.iterator();
				while (problems.size() < MAX_PROBLEMS) {
					CSVRecord record;
					try {
						if (!records.hasNext()) {
							break;
						}
						record = records.next();
					}
					catch (UncheckedIOException | IllegalStateException ex) {
						problems.add(quoteProblem(line));
						break;
					}
					take(record.toList(), line);
					line = (int) parser.getCurrentLineNumber() + 1;
				}
			}
			catch (IOException | UncheckedIOException | IllegalStateException ex) {
				problems.add(quoteProblem(line));
			}
			if (header == null && problems.isEmpty()) {
				problems.add(new ImportProblem(1, 1, "The table is empty: paste or upload a table with a header row"));
			}
			else if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new ImportProblem(line, 1, "The table has a header but no recommendations: each starts with its number, such as \"1.\""));
			}
			if (!problems.isEmpty()) {
				throw new ImportRefused(problems);
			}
			return new ParsedMatrix(heading, categories, rows.stream().map(Builder::build).toList(), List.copyOf(warnings));
		}

		private void take(List<String> cells, int line) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (header == null) {
				takeHeader(cells, line);
				return;
			}
			if (isHeader(cells)) {
				return;
			}
			if (cells.size() > width) {
				problems.add(new ImportProblem(line, width + 1, "This row has " + cells.size() + " cells but the header has " + width
						+ ": remove the extra cells or add a category to the header"));
				return;
			}
			String first = clean(cells.get(0));
			Matcher numbered = NUMBERED.matcher(first);
			Builder row;
			if (numbered.matches()) {
				if (rows.size() >= MAX_RECOMMENDATIONS) {
					problems.add(new ImportProblem(line, 1, "A table may hold at most " + MAX_RECOMMENDATIONS + " recommendations"));
					return;
				}
				row = new Builder(Integer.parseInt(numbered.group(1)), categories.size(), line);
				row.append(numbered.group(2));
				rows.add(row);
			}
			else if (rows.isEmpty()) {
				problems.add(new ImportProblem(line, 1, "This row continues a recommendation, but none has started: "
						+ "each recommendation starts with its number, such as \"1.\""));
				return;
			}
			else {
				row = rows.get(rows.size() - 1);
				if (cells.stream().skip(1).allMatch(String::isBlank) && PAGE_FURNITURE.matcher(first).matches()) {
					warnings.add(new ImportProblem(line, 1, "\"" + abbreviate(first) + "\" looks like a page header or footer, so it "
							+ "was left out of recommendation " + row.number + ". If it belongs to the recommendation, put it in the "
							+ "recommendation's own cell and check the table again"));
					return;
				}
				row.append(first);
			}
			if (row.length() > MAX_TEXT) {
				problems.add(new ImportProblem(line, 1, "Recommendation " + row.number + " is longer than " + MAX_TEXT + " characters"));
			}
			for (int column = 1; column < cells.size(); column++) {
				String cell = cells.get(column);
				int category = column - 1;
				if (category >= categories.size()) {
					if (!cell.isBlank()) {
						problems.add(new ImportProblem(line, column + 1, "This cell is under no category: the header has no name for this column"));
					}
					continue;
				}
				int at = column + 1;
				Mark.parse(cell).ifPresentOrElse(mark -> row.mark(category, mark), () -> problems.add(new ImportProblem(line, at,
						"\"" + abbreviate(cell.strip()) + "\" is not a mark (" + categories.get(category)
								+ "): use X, ✓ or yes where it applies, ? where it is uncertain, or leave the cell empty")));
			}
		}

		private void takeHeader(List<String> cells, int line) {
			int last = cells.size();
			while (last > 1 && cells.get(last - 1).isBlank()) {
				last--;
			}
			header = cells.stream().map(Reading::clean).toList();
			width = cells.size();
			heading = clean(cells.get(0));
			categories = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			if (heading.isEmpty()) {
				problems.add(new ImportProblem(line, 1, "The header's first cell is empty: name the recommendation column, such as \"Recommendation\""));
			}
			if (last < 2) {
				problems.add(new ImportProblem(line, 2, "The header names no categories: list them after the recommendation column"));
			}
			if (last - 1 > MAX_CATEGORIES) {
				problems.add(new ImportProblem(line, MAX_CATEGORIES + 2, "A table may have at most " + MAX_CATEGORIES + " categories"));
				return;
			}
			for (int column = 1; column < last; column++) {
				String name = clean(cells.get(column));
				if (name.isEmpty()) {
					problems.add(new ImportProblem(line, column + 1, "This header cell is empty: every category needs a name"));
				}
				else if (name.length() > MAX_CATEGORY_NAME) {
					problems.add(new ImportProblem(line, column + 1, "This category name is longer than " + MAX_CATEGORY_NAME + " characters"));
				}
				else if (!seen.add(name.toLowerCase())) {
					problems.add(new ImportProblem(line, column + 1, "\"" + abbreviate(name) + "\" is named twice in the header"));
				}
				categories.add(name);
			}
		}

		private boolean isHeader(List<String> cells) {
			int last = cells.size();
			while (last > 0 && cells.get(last - 1).isBlank()) {
				last--;
			}
			int headerLast = header.size();
			while (headerLast > 0 && header.get(headerLast - 1).isEmpty()) {
				headerLast--;
			}
			if (last != headerLast) {
				return false;
			}
			for (int i = 0; i < last; i++) {
				if (!clean(cells.get(i)).equals(header.get(i))) {
					return false;
				}
			}
			return true;
		}

		/** Where a quoted cell went wrong: the first cell on the failing record's line that opens a quote. */
		private ImportProblem quoteProblem(int line) {
			int offset = 0;
			for (int current = 1; current < line && offset >= 0; current++) {
				int next = text.indexOf('\n', offset);
				offset = next < 0 ? -1 : next + 1;
			}
			int column = 1;
			if (offset >= 0) {
				int end = text.indexOf('\n', offset);
				String start = end < 0 ? text.substring(offset) : text.substring(offset, end);
				int quote = start.indexOf('"');
				if (quote >= 0) {
					column = 1 + (int) start.substring(0, quote).chars().filter(c -> c == delimiter).count();
				}
			}
			return new ImportProblem(line, column, "A quoted cell starting here is not closed properly: end it with \" "
					+ "and write a quote inside a cell as two quotes (\"\")");
		}

		private static String clean(String cell) {
			return BROKEN_WORD.matcher(cell.replace('\u00A0', ' ')).replaceAll("-").replaceAll("\\s+", " ").strip();
		}

		private static String abbreviate(String text) {
			return text.length() > 40 ? text.substring(0, 40) + "…" : text;
		}
	}

	/** A recommendation as its lines arrive. */
	private static final class Builder {

		private final int number;

		private final StringBuilder text = new StringBuilder();

		private final Mark[] marks;

		Builder(int number, int categories, int line) {
			this.number = number;
			this.marks = new Mark[categories];
			java.util.Arrays.fill(marks, Mark.NONE);
		}

		void append(String part) {
			String cleaned = BROKEN_WORD.matcher(part.replace('\u00A0', ' ')).replaceAll("-").replaceAll("\\s+", " ").strip();
			if (!cleaned.isEmpty()) {
				// A word broken by a hyphen at the end of the line above carries on without a space.
				boolean brokenWord = text.length() > 1 && text.charAt(text.length() - 1) == '-'
						&& Character.isLetter(text.charAt(text.length() - 2)) && Character.isLetter(cleaned.charAt(0));
				if (!text.isEmpty() && !brokenWord) {
					text.append(' ');
				}
				text.append(cleaned);
			}
		}

		int length() {
			return text.length();
		}

		void mark(int category, Mark mark) {
			marks[category] = marks[category].merge(mark);
		}

		ParsedMatrix.Row build() {
			return new ParsedMatrix.Row(number, text.toString(), List.of(marks));
		}
	}
}

package org.practiceexchange.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.consultation.MatrixImport.Format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MatrixImportTests {

	static String resource(String name) {
		try (InputStream in = MatrixImportTests.class.getResourceAsStream("/consultation/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counted by hand from the seed's clean table: applies and uncertain per category, in header order. */
	static final List<long[]> SEED_TOTALS = List.of(new long[] { 9, 8 }, new long[] { 19, 9 }, new long[] { 27, 8 },
			new long[] { 17, 2 }, new long[] { 14, 0 }, new long[] { 10, 0 }, new long[] { 10, 0 }, new long[] { 10, 0 },
			new long[] { 16, 0 });

	static void assertIsTheSeedMatrix(ParsedMatrix matrix) {
		assertThat(matrix.heading()).isEqualTo("Recommendation");
		assertThat(matrix.categories()).containsExactly("ITE", "CPD", "L&M", "More flexible delivery",
				"Collaboration, inclusion and diversity", "Progression routes developed",
				"Coaching, mentoring, and action learning", "Learning by doing together", "Joint Practice Development");
		assertThat(matrix.recommendations()).hasSize(45);
		assertThat(matrix.recommendations()).extracting(ParsedMatrix.Row::number)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 45).boxed().toList());
		for (int i = 0; i < SEED_TOTALS.size(); i++) {
			assertThat(matrix.count(i, Mark.APPLIES)).as("applies in " + matrix.categories().get(i)).isEqualTo(SEED_TOTALS.get(i)[0]);
			assertThat(matrix.count(i, Mark.UNCERTAIN)).as("uncertain in " + matrix.categories().get(i)).isEqualTo(SEED_TOTALS.get(i)[1]);
		}
	}

	@Test
	void seedTableImportsExactlyFromTheCleanFile() {
		ParsedMatrix matrix = MatrixImport.parse(resource("recommendations.tsv"), Format.TSV);
		assertIsTheSeedMatrix(matrix);
		assertThat(matrix.recommendations().get(2).text())
			.isEqualTo("Comparative evaluation of systems leadership approaches and different models of delivery.");
	}

	@Test
	void seedTablePastedWithPageBreakHeadersAndContinuationLinesImportsTheSameMatrix() {
		ParsedMatrix clean = MatrixImport.parse(resource("recommendations.tsv"), Format.TSV);
		ParsedMatrix pasted = MatrixImport.parse(resource("seed-pasted.txt"), Format.DETECT);
		assertIsTheSeedMatrix(pasted);
		assertThat(pasted).isEqualTo(clean);
		ParsedMatrix.Row fifteen = pasted.recommendations().get(14);
		assertThat(fifteen.text()).isEqualTo("Citizens must be prepared to take on power-sharing roles, while educators must "
				+ "give up sole-subject delivery roles");
		assertThat(fifteen.marks().subList(0, 3)).containsExactly(Mark.APPLIES, Mark.APPLIES, Mark.NONE);
	}

	@Test
	void aPageFooterPastedWithTheTableIsLeftOutAndShownAsAWarning() {
		String pasted = "Recommendation\tITE\tCPD\n"
				+ "1. Fund joint practice\tX\t\n"
				+ "development over two years\t\t\n"
				+ "DRAFT\t\t\n"
				+ "Page 3 of 12\n"
				+ "2. Share outputs openly\t\tX\n";
		ParsedMatrix matrix = MatrixImport.parse(pasted, Format.DETECT);
		assertThat(matrix.recommendations()).extracting(ParsedMatrix.Row::text)
			.containsExactly("Fund joint practice development over two years", "Share outputs openly");
		assertThat(matrix.warnings()).extracting(ImportProblem::line).containsExactly(4, 5);
		assertThat(matrix.warnings().get(0).describe()).isEqualTo("Line 4, column 1: \"DRAFT\" looks like a page header or "
				+ "footer, so it was left out of recommendation 1. If it belongs to the recommendation, put it in the "
				+ "recommendation's own cell and check the table again");
		assertThat(MatrixImport.parse(resource("recommendations.tsv"), Format.TSV).warnings()).isEmpty();
	}

	@Test
	void aWordBrokenByAHyphenAtALineBreakIsJoinedWithoutASpace() {
		String pasted = "Recommendation\tITE\n"
				+ "1. Support self-\tX\n"
				+ "assessment and co-\t\n"
				+ "ordination\t\n"
				+ "2. Keep a dash - as written\t\n";
		assertThat(MatrixImport.parse(pasted, Format.DETECT).recommendations()).extracting(ParsedMatrix.Row::text)
			.containsExactly("Support self-assessment and co-ordination", "Keep a dash - as written");
		String csv = "Recommendation,ITE\n\"1. Widen well-\nbeing support\",X\n";
		assertThat(MatrixImport.parse(csv, Format.CSV).recommendations().get(0).text()).isEqualTo("Widen well-being support");
	}

	@Test
	void pastedSeedWithWindowsLineEndsAndByteOrderMarkImportsTheSame() {
		String windows = "\uFEFF" + resource("seed-pasted.txt").replace("\n", "\r\n");
		assertIsTheSeedMatrix(MatrixImport.parse(windows.getBytes(StandardCharsets.UTF_8), Format.DETECT));
	}

	@Test
	void csvFollowsRfc4180QuotesDoubledQuotesCommasAndLineBreaksInsideQuotes() {
		String csv = "Recommendation,\"Target, group\",Theme\r\n"
				+ "\"1. Say \"\"why\"\", then\nhow\",X,\r\n"
				+ "2) Plain, ?\r\n";
		ParsedMatrix matrix = MatrixImport.parse(csv, Format.CSV);
		assertThat(matrix.categories()).containsExactly("Target, group", "Theme");
		assertThat(matrix.recommendations()).containsExactly(
				new ParsedMatrix.Row(1, "Say \"why\", then how", List.of(Mark.APPLIES, Mark.NONE)),
				new ParsedMatrix.Row(2, "Plain", List.of(Mark.UNCERTAIN, Mark.NONE)));
	}

	@Test
	void everyWayOfSayingAppliesIsAccepted() {
		String tsv = "Rec\tA\tB\tC\tD\tE\tF\n1 One\tX\tx\t ✓ \t✔\tYES\tyes\n12. Two\t?\t \t\t\t\t?\n";
		ParsedMatrix matrix = MatrixImport.parse(tsv, Format.DETECT);
		assertThat(matrix.recommendations().get(0).marks()).containsOnly(Mark.APPLIES);
		assertThat(matrix.recommendations().get(1).number()).isEqualTo(12);
		assertThat(matrix.recommendations().get(1).marks())
			.containsExactly(Mark.UNCERTAIN, Mark.NONE, Mark.NONE, Mark.NONE, Mark.NONE, Mark.UNCERTAIN);
	}

	@Test
	void continuationMarksMergeIntoTheRecommendationAndRepeatedHeadersAreSkipped() {
		String tsv = "Rec\tA\tB\n1. Starts here\t\t?\nRec\tA\tB\nand ends here\tX\tx\n";
		ParsedMatrix matrix = MatrixImport.parse(tsv, Format.TSV);
		assertThat(matrix.recommendations()).containsExactly(
				new ParsedMatrix.Row(1, "Starts here and ends here", List.of(Mark.APPLIES, Mark.APPLIES)));
	}

	@Test
	void unknownMarkIsRefusedWithItsLineAndColumn() {
		ImportRefused refused = catchThrowableOfType(ImportRefused.class,
				() -> MatrixImport.parse("Rec\tA\tB\n\n1. One\tX\tmaybe\n", Format.TSV));
		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo(3);
			assertThat(problem.message()).contains("\"maybe\" is not a mark");
		});
	}

	@Test
	void rowWithMoreCellsThanTheHeaderIsRefused() {
		ImportRefused refused = catchThrowableOfType(ImportRefused.class,
				() -> MatrixImport.parse("Rec,A\n1. One,X\n2. Two,X,X\n", Format.CSV));
		assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, 3));
	}

	@Test
	void unterminatedQuoteIsRefusedAtTheLineWhereItOpens() {
		ImportRefused refused = catchThrowableOfType(ImportRefused.class,
				() -> MatrixImport.parse("Rec,A,B\n1. One,X,\n2. Two,\"x,\n3. Three,,\n", Format.CSV));
		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo(2);
			assertThat(problem.message()).contains("quoted cell");
		});
	}

	@Test
	void continuationBeforeAnyRecommendationIsRefused() {
		assertThatThrownBy(() -> MatrixImport.parse("Rec\tA\nwrapped text\tX\n1. One\t\n", Format.TSV))
			.isInstanceOf(ImportRefused.class)
			.hasMessageContaining("Line 2, column 1");
	}

	@Test
	void everyProblemIsReportedAndNothingIsReturned() {
		ImportRefused refused = catchThrowableOfType(ImportRefused.class,
				() -> MatrixImport.parse("Rec,A\n1. One,no\n2. Two,nope\n", Format.CSV));
		assertThat(refused.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
		assertThat(refused.getMessage()).startsWith("Line 2, column 2").contains("1 more problem");
	}

	@Test
	void emptyTableHeaderWithoutCategoriesAndNonUtf8AreRefused() {
		assertThatThrownBy(() -> MatrixImport.parse("\n \n", Format.DETECT)).hasMessageContaining("empty");
		assertThatThrownBy(() -> MatrixImport.parse("Recommendation\n1. One\n", Format.CSV)).hasMessageContaining("no categories");
		assertThatThrownBy(() -> MatrixImport.parse("Rec,A\n", Format.CSV)).hasMessageContaining("no recommendations");
		assertThatThrownBy(() -> MatrixImport.parse(new byte[] { 'R', ',', 'A', '\n', (byte) 0xC3, 0x28 }, Format.CSV))
			.hasMessageContaining("Line 2, column 1").hasMessageContaining("UTF-8");
	}

	@Test
	void aThousandRowTableParsesWhole() {
		StringBuilder table = new StringBuilder("Recommendation\tITE\tCPD\tL&M\n");
		for (int i = 1; i <= 1000; i++) {
			table.append(i).append(". A recommendation about practice number ").append(i).append("\tX\t?\t\n");
		}
		ParsedMatrix matrix = MatrixImport.parse(table.toString(), Format.TSV);
		assertThat(matrix.recommendations()).hasSize(1000);
		assertThat(matrix.recommendations().get(999).text()).isEqualTo("A recommendation about practice number 1000");
		assertThat(matrix.count(1, Mark.UNCERTAIN)).isEqualTo(1000);
	}
}

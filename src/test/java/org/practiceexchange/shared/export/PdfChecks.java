package org.practiceexchange.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What outside tools say of a PDF the app makes: {@code qpdf --check} passes without a warning,
 * {@code pdffonts} lists only embedded fonts, {@code pdfinfo} says it is tagged. The tools come from
 * the qpdf and poppler-utils packages, which {@code bin/test} installs; without them these checks fail.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	public static void acceptedByOutsideTools(byte[] pdf) throws Exception {
		Path file = Files.createTempFile("standards-", ".pdf");
		try {
			Files.write(file, pdf);
			Result check = run("qpdf", "--check", file.toString());
			assertThat(check.exit()).as("qpdf --check:\n%s", check.output()).isZero();
			assertThat(check.output()).as("qpdf --check").doesNotContain("WARNING");

			Result fonts = run("pdffonts", file.toString());
			assertThat(fonts.exit()).as("pdffonts:\n%s", fonts.output()).isZero();
			List<String> rows = fonts.output().lines().skip(2).filter(line -> !line.isBlank()).toList();
			assertThat(rows).as("pdffonts lists the fonts").isNotEmpty();
			for (String row : rows) {
				// name type encoding emb sub uni object ID: the three yes/no columns come before the object number
				String[] columns = row.trim().split("\\s+");
				assertThat(columns[columns.length - 5]).as("embedded: %s", row).isEqualTo("yes");
			}

			Result info = run("pdfinfo", file.toString());
			assertThat(info.exit()).as("pdfinfo:\n%s", info.output()).isZero();
			assertThat(info.output()).as("pdfinfo").containsPattern("(?m)^Tagged:\\s+yes$");
			assertThat(info.output()).as("pdfinfo").containsPattern("(?m)^Title:\\s+\\S");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The PDF is tagged for accessibility, read back with PDFBox: a structure tree, marked as
	 * tagged, in British English, its title in the document information and in the XMP metadata,
	 * and alternative text on every Figure. The Figures' alternative texts, in order.
	 */
	public static List<String> accessible(byte[] pdf, String title) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			PDStructureTreeRoot root = catalog.getStructureTreeRoot();
			assertThat(root).as("StructTreeRoot").isNotNull();
			assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
			assertThat(catalog.getLanguage()).as("/Lang").isEqualTo("en-GB");
			assertThat(document.getDocumentInformation().getTitle()).as("info title").isEqualTo(title);
			assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
			String xmp;
			try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
				xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(xmp).as("XMP").contains("<dc:title>").contains(escapeXml(title));
			List<PDStructureElement> figures = new ArrayList<>();
			collect(root.getKids(), "Figure", figures);
			List<String> alts = new ArrayList<>();
			for (PDStructureElement figure : figures) {
				assertThat(figure.getAlternateDescription()).as("/Alt of a Figure").isNotBlank();
				alts.add(figure.getAlternateDescription());
			}
			return alts;
		}
	}

	/** The text of each page, in order. */
	public static List<String> pageTexts(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

	private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement) {
				PDStructureElement element = (PDStructureElement) kid;
				if (type.equals(element.getStructureType())) {
					found.add(element);
				}
				collect(element.getKids(), type, found);
			}
		}
	}

	private static String escapeXml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;");
	}

	record Result(int exit, String output) {
	}

	static Result run(String... command) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			fail(command[0] + " is not installed: bin/test installs it (apt-get install qpdf poppler-utils)", ex);
			throw ex;
		}
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(command[0] + " did not finish");
		}
		return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
	}
}

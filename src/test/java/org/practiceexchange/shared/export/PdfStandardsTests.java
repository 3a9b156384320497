package org.practiceexchange.shared.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs the app makes pass outside tools' checks ({@link PdfChecks}): the renderer every PDF goes
 * through here; the report and synthesis PDFs in their own modules' tests (ReportApiTests,
 * QuotingTests), and the demo outputs' PDFs (DemoOutputPdfTests) through the same checks.
 */
class PdfStandardsTests {

	static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en-GB">
			<head><meta charset="utf-8"/><title>A tagged report</title>
			<style>body { font-family: 'DejaVu Sans'; }</style></head>
			<body><h1>Heading</h1><p>Plain, <strong>bold</strong> and <em>italic</em> text: £5 – “quotes”.</p>
			<table><caption>Figures</caption><thead><tr><th scope="col">Measure</th><th scope="col">Value</th></tr></thead>
			<tbody><tr><td>Attendance</td><td>92%</td></tr></tbody></table></body></html>
			""";

	@Test
	void theRendererMakesTaggedPdfsWithEmbeddedFontsATitleAndALanguage() throws Exception {
		byte[] pdf = Pdfs.render(PAGE, builder -> {
		});
		PdfChecks.acceptedByOutsideTools(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A tagged report");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
	}

	@Test
	void theFontShipsWithItsLicence() throws Exception {
		assertThat(getClass().getResource("/fonts/DejaVuSans.ttf")).isNotNull();
		Path licence = Path.of(getClass().getResource("/fonts/DejaVu-LICENCE.txt").toURI());
		assertThat(Files.readString(licence, StandardCharsets.UTF_8)).contains("Bitstream", "DejaVu changes are in public domain");
	}
}

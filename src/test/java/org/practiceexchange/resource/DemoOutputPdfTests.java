package org.practiceexchange.resource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.export.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo outputs' PDFs pass the same outside checks as the reports ({@link PdfChecks}: qpdf
 * without warnings, every font embedded, tagged, titled), and hold their words.
 */
class DemoOutputPdfTests {

	@Test
	void aDemoOutputsPdfEmbedsItsFontsAndPassesTheOutsideChecks() throws Exception {
		String body = "Fractions through recipes: a term of weekly tasks & what changed for learners <level 1> "
				+ "— with “quotes” and £5. ".repeat(12);
		byte[] pdf = DemoOutputs.pdf("Recipes & fractions", body);
		PdfChecks.acceptedByOutsideTools(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Recipes & fractions");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Recipes & fractions", "weekly tasks & what changed", "<level 1>", "£5");
		}
	}
}

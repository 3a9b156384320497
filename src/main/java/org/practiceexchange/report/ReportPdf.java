package org.practiceexchange.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.practiceexchange.shared.export.Pdfs;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a report version to an A4 PDF (openhtmltopdf on PDFBox, the chart drawn from its SVG by
 * Batik) and counts the pages of the PDF it made.
 */
@Component
class ReportPdf {

	/** What the PDF shows of one version. */
	record Document(String title, ReportKind kind, String authorName, String projectTitle, int version,
			String summary, List<ReportViews.SectionView> sections, List<ReportViews.MeasureLine> measures, String chart,
			String signedOff) {
	}

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Document document) {
		Context context = new Context(Locale.UK);
		context.setVariable("doc", document);
		String html = templates.process("report/pdf", context);
		return Pdfs.render(html, builder -> builder.useSVGDrawer(new BatikSVGDrawer()));
	}

	/** The number of pages in a PDF, read back with PDFBox. */
	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

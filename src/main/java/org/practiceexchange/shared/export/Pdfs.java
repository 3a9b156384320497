package org.practiceexchange.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * HTML to PDF with openhtmltopdf, the way outside tools expect a PDF: tagged for accessibility
 * (PDF/UA structure, the document's title from its {@code <title>} and language from {@code <html lang>}),
 * and every font embedded — DejaVu Sans, shipped in {@code fonts/} under its free licence
 * ({@code fonts/DejaVu-LICENCE.txt}); templates name it as {@value #FONT}, never the unembedded
 * standard PDF fonts. Each chart, an SVG named by {@code aria-label}, becomes a Figure whose alternative
 * text is that name.
 */
public final class Pdfs {

	/** The font family the PDF templates use. */
	public static final String FONT = "DejaVu Sans";

	private Pdfs() {
	}

	/** The page as a PDF; {@code options} may add to the builder (an SVG drawer, say). */
	public static byte[] render(String html, Consumer<PdfRendererBuilder> options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT, 400, FontStyle.ITALIC, true);
			options.accept(builder);
			builder.withHtmlContent(withAlternativeText(html), null);
			builder.toStream(out);
			builder.run();
			return rewritten(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The page with each chart's accessible name also in an {@code alt} attribute, which is where the
	 * renderer looks for a Figure's alternative text ({@code /Alt}); an SVG on a web page is named by
	 * {@code aria-label} instead, as {@code alt} is not an SVG attribute.
	 */
	static String withAlternativeText(String html) {
		Matcher svg = SVG_NAMED.matcher(html);
		StringBuilder out = new StringBuilder();
		while (svg.find()) {
			String tag = svg.group();
			svg.appendReplacement(out, Matcher.quoteReplacement(tag.contains(" alt=\"") ? tag
					: tag.substring(0, 4) + " alt=\"" + svg.group(1) + "\"" + tag.substring(4)));
		}
		svg.appendTail(out);
		return out.toString();
	}

	private static final Pattern SVG_NAMED = Pattern.compile("<svg\\s[^>]*?aria-label=\"([^\"]*)\"[^>]*>");

	/**
	 * The PDF saved again by PDFBox: as the renderer writes it, the cross-reference table counts
	 * objects the font subsetting dropped, which qpdf reports as a warning.
	 */
	private static byte[] rewritten(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	private static InputStream font(String file) {
		InputStream font = Pdfs.class.getResourceAsStream("/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("The font " + file + " is missing from the class path");
		}
		return font;
	}
}

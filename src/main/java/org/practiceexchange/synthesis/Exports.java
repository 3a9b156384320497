package org.practiceexchange.synthesis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The public version of a synthesis as CSV (figures and consented quotes) and as PDF. */
@Component
class Exports {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final UkTime ukTime;

	Exports(ITemplateEngine templates, MessageSource messages, UkTime ukTime) {
		this.templates = templates;
		this.messages = messages;
		this.ukTime = ukTime;
	}

	/** One row per figure or quote: part, item, value (and for measures the spread). */
	String csv(Views.Page page) {
		StringWriter out = new StringWriter();
		SynthesisFigures f = page.figures();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("Part", "Item", "Value", "Improved", "Total", "Median change", "Lowest", "Lower quartile",
					"Upper quartile", "Highest")
			.get())) {
			csv.printRecord("Synthesis", "Title", safe(page.synthesis().title()));
			csv.printRecord("Synthesis", "Covers", safe(f.name()));
			csv.printRecord("Figures", "Projects", f.projects());
			csv.printRecord("Figures", "Practitioners", f.practitioners());
			csv.printRecord("Figures", "Organisations", f.organisations());
			csv.printRecord("Figures", "Regions", f.regions());
			csv.printRecord("Figures", "Inquiries", f.inquiries());
			csv.printRecord("Figures", "Inquiries completed", f.inquiriesCompleted());
			csv.printRecord("Figures", "Release days committed", Charts.plain(f.releaseDays().committed()));
			csv.printRecord("Figures", "Release days used", Charts.plain(f.releaseDays().used()));
			csv.printRecord("Figures", "Outputs published", f.outputs().published());
			csv.printRecord("Figures", "People reached", f.outputs().reach());
			csv.printRecord("Figures", "Times shared", f.outputs().timesShared());
			f.measures().forEach((kind, m) -> {
				SynthesisFigures.Spread s = m.spread();
				print(csv, "Measures", message("measureKind." + kind.name()), "", m.improved(), m.total(),
						Charts.plain(m.medianChange()), s == null ? "" : Charts.plain(s.lowest()),
						s == null ? "" : Charts.plain(s.lowerQuartile()), s == null ? "" : Charts.plain(s.upperQuartile()),
						s == null ? "" : Charts.plain(s.highest()));
			});
			for (Views.CodeGroup group : page.groups()) {
				for (Views.QuoteView quote : group.quotes()) {
					print(csv, "Quote: " + safe(group.label() == null ? message("synthesis.quotes.uncoded") : group.label()),
							safe(quote.inquiryTitle()), safe(quote.text()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	byte[] pdf(Views.Page page) {
		Context context = new Context(Locale.UK);
		context.setVariable("page", page);
		context.setVariable("published", page.synthesis().publishedAt() == null ? null : ukTime.date(page.synthesis().publishedAt()));
		String html = templates.process("synthesis/pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Locale.UK);
	}

	/** Spreadsheets run cells starting with =, +, - or @ as formulas; a leading quote keeps them text. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}

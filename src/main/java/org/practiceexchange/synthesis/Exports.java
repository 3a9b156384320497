package org.practiceexchange.synthesis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.practiceexchange.shared.export.Pdfs;
import org.practiceexchange.shared.export.Spreadsheets;
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
		try (Spreadsheets.SafeCsv csv = Spreadsheets.csv(out, List.of("Part", "Item", "Value", "Improved", "Total",
				"Median change", "Lowest", "Lower quartile", "Upper quartile", "Highest"))) {
			csv.row("Synthesis", "Title", page.synthesis().title());
			csv.row("Synthesis", "Covers", f.name());
			csv.row("Figures", "Projects", f.projects());
			csv.row("Figures", "Practitioners", f.practitioners());
			csv.row("Figures", "Organisations", f.organisations());
			csv.row("Figures", "Regions", f.regions());
			csv.row("Figures", "Inquiries", f.inquiries());
			csv.row("Figures", "Inquiries completed", f.inquiriesCompleted());
			csv.row("Figures", "Release days committed", Charts.plain(f.releaseDays().committed()));
			csv.row("Figures", "Release days used", Charts.plain(f.releaseDays().used()));
			csv.row("Figures", "Outputs published", f.outputs().published());
			csv.row("Figures", "People reached", f.outputs().reach());
			csv.row("Figures", "Times shared", f.outputs().timesShared());
			f.measures().forEach((kind, m) -> {
				SynthesisFigures.Spread s = m.spread();
				csv.row("Measures", message("measureKind." + kind.name()), "", m.improved(), m.total(),
						Charts.plain(m.medianChange()), s == null ? "" : Charts.plain(s.lowest()),
						s == null ? "" : Charts.plain(s.lowerQuartile()), s == null ? "" : Charts.plain(s.upperQuartile()),
						s == null ? "" : Charts.plain(s.highest()));
			});
			for (Views.CodeGroup group : page.groups()) {
				for (Views.QuoteView quote : group.quotes()) {
					csv.row("Quote: " + (group.label() == null ? message("synthesis.quotes.uncoded") : group.label()),
							quote.inquiryTitle(), quote.text());
				}
			}
		}
		return out.toString();
	}

	byte[] pdf(Views.Page page) {
		Context context = new Context(Locale.UK);
		context.setVariable("page", page);
		context.setVariable("published", page.synthesis().publishedAt() == null ? null : ukTime.date(page.synthesis().publishedAt()));
		String html = templates.process("synthesis/pdf", context);
		return Pdfs.render(html, builder -> builder.useSVGDrawer(new BatikSVGDrawer()));
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Locale.UK);
	}
}

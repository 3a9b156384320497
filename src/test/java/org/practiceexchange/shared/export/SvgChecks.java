package org.practiceexchange.shared.export;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a chart the app draws as SVG must be to be read: parsed with jsoup, every text is at least
 * body size (16 units, drawn one unit a CSS pixel: the SVG's width is its viewBox's) and lies
 * inside the viewBox, judged by where it starts and by {@link SvgText}'s estimate of its width
 * for its anchor, so no label is cut off at the edge.
 */
public final class SvgChecks {

	private SvgChecks() {
	}

	/** The SVG elements of a page or a fragment. */
	public static List<Element> charts(String html) {
		return Jsoup.parse(html).select("svg");
	}

	/** One SVG, parsed as XML. */
	public static Element parse(String svg) {
		Document document = Jsoup.parse(svg, "", Parser.xmlParser());
		Element root = document.selectFirst("svg");
		assertThat(root).as("an svg element").isNotNull();
		return root;
	}

	/** The texts of a chart, in order. */
	public static List<String> texts(Element svg) {
		return svg.select("text").eachText();
	}

	public static void readable(Element svg) {
		String[] box = svg.attr("viewBox").trim().split("\\s+");
		assertThat(box).as("viewBox").hasSize(4);
		double width = Double.parseDouble(box[2]);
		double height = Double.parseDouble(box[3]);
		assertThat(Double.parseDouble(svg.attr("width"))).as("drawn at its own width").isEqualTo(width);
		assertThat(svg.attr("aria-label")).as("accessible name").isNotBlank();
		assertThat(svg.attr("role")).isEqualTo("img");
		List<Element> texts = svg.select("text");
		assertThat(texts).as("texts").isNotEmpty();
		for (Element text : texts) {
			String words = text.text();
			assertThat(Double.parseDouble(text.attr("font-size"))).as("font size of \"%s\"", words).isGreaterThanOrEqualTo(16);
			double x = Double.parseDouble(text.attr("x"));
			double y = Double.parseDouble(text.attr("y"));
			boolean bold = "bold".equals(text.attr("font-weight"));
			double extent = SvgText.width(words, 16, bold);
			String anchor = text.attr("text-anchor").isEmpty() ? "start" : text.attr("text-anchor");
			double left = anchor.equals("end") ? x - extent : anchor.equals("middle") ? x - extent / 2 : x;
			assertThat(x).as("x of \"%s\"", words).isBetween(0.0, width);
			assertThat(left).as("left edge of \"%s\"", words).isGreaterThanOrEqualTo(0);
			assertThat(left + extent).as("right edge of \"%s\"", words).isLessThanOrEqualTo(width);
			assertThat(y - 16).as("top of \"%s\"", words).isGreaterThanOrEqualTo(-4);
			assertThat(y).as("baseline of \"%s\"", words).isLessThanOrEqualTo(height);
		}
	}
}

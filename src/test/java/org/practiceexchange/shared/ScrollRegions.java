package org.practiceexchange.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wide tables sit in a focusable, labelled scroll region, so keyboard users can scroll them:
 * {@code <div class="app-table-scroll" role="region" aria-labelledby="(the caption)" tabindex="0">}.
 */
public final class ScrollRegions {

	private ScrollRegions() {
	}

	/** Every table the selector finds (at least one) is the only child of such a region, labelled by its caption. */
	public static void wrapped(String html, String tables) {
		Document page = Jsoup.parse(html);
		Elements found = page.select(tables);
		assertThat(found).as("tables %s", tables).isNotEmpty();
		for (Element table : found) {
			Element region = table.parent();
			assertThat(region).isNotNull();
			assertThat(region.hasClass("app-table-scroll")).as("%s sits in a scroll region", tables).isTrue();
			assertThat(region.attr("role")).isEqualTo("region");
			assertThat(region.attr("tabindex")).isEqualTo("0");
			String label = region.attr("aria-labelledby");
			assertThat(label).isNotBlank();
			Element caption = table.selectFirst("caption");
			assertThat(caption).as("the table has a caption").isNotNull();
			assertThat(caption.id()).isEqualTo(label);
			assertThat(caption.text()).isNotBlank();
			assertThat(page.select("[id=" + label + "]")).as("ids are unique").hasSize(1);
		}
	}
}

package org.practiceexchange;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Reads a page the way a person would find things on it: by its elements and their text. */
public final class Html {

	private Html() {
	}

	public static Document of(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	public static Document of(String html) {
		return Jsoup.parse(html);
	}
}

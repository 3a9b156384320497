package org.practiceexchange.community;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.practiceexchange.shared.DomainRuleException;

/**
 * Reads the outputs a thread links to from what a person typed: output numbers ({@code 12}) or the
 * addresses of output pages ({@code https://…/outputs/12}), separated by spaces, commas or new
 * lines. Whether each is published is checked against the outputs repository afterwards.
 */
final class OutputLinks {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	private static final Pattern OUTPUT_PATH = Pattern.compile(".*/outputs/(\\d{1,18})/?");

	private OutputLinks() {
	}

	static List<Long> parse(String text) {
		List<Long> ids = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return ids;
		}
		for (String token : text.strip().split("[\\s,]+")) {
			Long id = idOf(token);
			if (id == null) {
				throw new DomainRuleException("outputs", "\u2018" + shorten(token)
						+ "\u2019 is not an output number or the address of an output page");
			}
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static Long idOf(String token) {
		if (NUMBER.matcher(token).matches()) {
			return Long.valueOf(token);
		}
		try {
			URI uri = URI.create(token);
			String path = uri.getPath();
			boolean web = uri.getScheme() == null ? token.startsWith("/")
					: uri.getScheme().equals("http") || uri.getScheme().equals("https");
			Matcher matcher = path == null ? null : OUTPUT_PATH.matcher(path);
			return web && matcher != null && matcher.matches() && uri.getQuery() == null ? Long.valueOf(matcher.group(1)) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String shorten(String token) {
		return token.length() > 60 ? token.substring(0, 57) + "..." : token;
	}
}

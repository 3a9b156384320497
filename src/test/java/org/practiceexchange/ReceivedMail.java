package org.practiceexchange;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One message as it arrived at the SMTP server. */
public record ReceivedMail(String from, String to, String subject, String body) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/**
	 * The path and query of the first link in the body that points at the path, ready to request
	 * from the app under test (whatever host and port the app put in the link).
	 */
	public String link(String path) {
		Matcher links = LINK.matcher(body);
		while (links.find()) {
			URI uri = URI.create(links.group());
			if (uri.getRawPath().equals(path)) {
				return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
		}
		throw new AssertionError("No link to " + path + " in the mail '" + subject + "':\n" + body);
	}

	public boolean hasLinkTo(String path) {
		Matcher links = LINK.matcher(body);
		while (links.find()) {
			if (URI.create(links.group()).getRawPath().equals(path)) {
				return true;
			}
		}
		return false;
	}
}

package org.practiceexchange.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Helpers for templates ({@code ${@pages...}}): the current address with its filters kept, so that
 * paging links and shared URLs carry the whole search.
 */
@Component("pages")
public class Pages {

	/** The current path and query without {@code page}, ready for {@code page=N} to be appended. */
	public String base() {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
		String query = current.getQuery();
		return current.getPath() + (query == null || query.isEmpty() ? "?" : "?" + query + "&");
	}
}

package org.practiceexchange.browser;

import java.util.List;

/**
 * Implemented by a test {@code @Component} in each module: pages of records (a project, a report,
 * an output) that the navigation crawl cannot reach, because the crawl's people own nothing. The
 * accessibility test creates the records through {@link #visits()}, signs in as each person and
 * checks every page with axe-core and the Nu Html Checker.
 */
public interface RecordPages {

	/** Pages to check as one person (signed in with the test password), or signed out when email is null. */
	record Visit(String email, List<String> paths) {

		public static Visit signedOut(List<String> paths) {
			return new Visit(null, paths);
		}
	}

	List<Visit> visits();
}

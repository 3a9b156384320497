package org.practiceexchange.shared.web;

/**
 * A link in the navigation, declared by the module that owns the page. {@code access} is a Spring
 * Security expression ({@code permitAll}, {@code isAnonymous()}, {@code hasRole('PRACTITIONER')}…)
 * deciding who may see it. {@code section} is null for an entry in the header, or the message key
 * of the heading it sits under on the "More" page ({@link #WORK}, {@link #SECTOR}, {@link #ACCOUNT}).
 * {@code condition}, when given, must also hold for the signed-in person: the link shows only when
 * it leads somewhere useful for them now.
 */
public record NavigationLink(int order, String path, String labelKey, String access, String section,
		NavigationCondition condition) {

	/** "More" heading: the person's own work. */
	public static final String WORK = "nav.section.work";

	/** "More" heading: what the sector shares. */
	public static final String SECTOR = "nav.section.sector";

	/** "More" heading: the person's account. */
	public static final String ACCOUNT = "nav.section.account";

	/** "More" heading for header entries that did not fit in the header. */
	public static final String ALSO = "nav.section.also";

	/** An entry in the header. */
	public NavigationLink(int order, String path, String labelKey, String access) {
		this(order, path, labelKey, access, null, null);
	}

	/** The same link, on the "More" page under this heading instead of in the header. */
	public NavigationLink onMorePage(String sectionKey) {
		return new NavigationLink(order, path, labelKey, access, sectionKey, condition);
	}

	/** The same link, shown only when the condition holds for the signed-in person. */
	public NavigationLink when(NavigationCondition personCondition) {
		return new NavigationLink(order, path, labelKey, access, section, personCondition);
	}

	public boolean inHeader() {
		return section == null;
	}
}

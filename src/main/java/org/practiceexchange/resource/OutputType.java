package org.practiceexchange.resource;

/** What kind of thing an output is. */
public enum OutputType {
	SCREENING_TOOL, DELIVERY_GUIDE, FRAMEWORK, ACTIVITY_SET, SELF_ASSESSMENT_TOOL, REPORT, PRESENTATION, VIDEO_LINK, OTHER
}

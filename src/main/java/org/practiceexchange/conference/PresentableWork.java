package org.practiceexchange.conference;

import java.util.List;

/**
 * Completed work a practitioner could present at the conference. Modules that know of such work
 * (complete inquiries, signed-off reports) implement it as a bean; the application form lists
 * every source's items and pre-fills from the one chosen.
 */
public interface PresentableWork {

	/** The person's presentable work; empty when they have none. */
	List<Work> of(Long personId);

	/**
	 * One piece of work. {@code key} identifies it stably across sources (e.g. "inquiry:12",
	 * "report:7"); {@code outputIds} are published outputs the speaker could present.
	 */
	record Work(String key, String title, String summary, List<Long> themeIds, List<String> measuresChanged,
			Long inquiryId, Long projectId, Long reportId, List<Long> outputIds) {

		public Work {
			themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
			measuresChanged = measuresChanged == null ? List.of() : List.copyOf(measuresChanged);
			outputIds = outputIds == null ? List.of() : List.copyOf(outputIds);
		}
	}
}

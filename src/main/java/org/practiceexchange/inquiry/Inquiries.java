package org.practiceexchange.inquiry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The inquiry module's public API for other modules (reports, the conference, the synthesis).
 * It answers without checking who asks: callers decide who may see what they show.
 */
public interface Inquiries {

	/** The inquiry, withdrawn or not ({@link InquiryRecord#withdrawn()} says). */
	Optional<InquiryRecord> find(Long id);

	/** A practitioner's inquiries, newest first, leaving out those withdrawn. */
	List<InquiryRecord> byPractitioner(Long practitionerId);

	/** The inquiries of these projects, oldest first, leaving out those withdrawn (so syntheses and outcome reports do). */
	List<InquiryRecord> inProjects(Collection<Long> projectIds);
}

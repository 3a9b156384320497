package org.practiceexchange.consultation;

import java.time.Instant;
import java.util.Map;

/** A response as its respondent sees it: the consultation, what they have answered so far, and where it stands. */
record ResponseView(String token, ResponseStatus status, ConsultationView consultation, Map<String, String> values,
		ResponseForm about, Instant submittedAt) {

	public boolean submitted() {
		return status == ResponseStatus.SUBMITTED;
	}

	public String value(String key) {
		return values.getOrDefault(key, "");
	}
}

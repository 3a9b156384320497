package org.practiceexchange.resource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.criteria.MapJoin;
import org.springframework.data.jpa.domain.Specification;

/** Which published outputs a harvester asked for: changed in a date range, in a programme or theme set. */
final class Harvest {

	private Harvest() {
	}

	static Specification<Output> published(Instant from, Instant until, Long programmeId, Long themeId) {
		return (root, query, cb) -> {
			var predicate = cb.equal(root.get("status"), OutputStatus.PUBLISHED);
			if (from != null) {
				predicate = cb.and(predicate, cb.greaterThanOrEqualTo(root.<Instant>get("updatedAt"), from));
			}
			if (until != null) {
				// Datestamps are to the second: until 10:15:30 takes in 10:15:30.6, not 10:15:31.
				predicate = cb.and(predicate, cb.lessThan(root.<Instant>get("updatedAt"),
						until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)));
			}
			if (programmeId != null) {
				predicate = cb.and(predicate, cb.equal(root.get("programmeId"), programmeId));
			}
			if (themeId != null) {
				MapJoin<Output, Long, String> themes = root.joinMap("themes");
				predicate = cb.and(predicate, cb.equal(themes.key(), themeId));
			}
			return predicate;
		};
	}
}

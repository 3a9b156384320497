package org.practiceexchange.account;

import java.util.List;

/**
 * Implemented by modules that know what a person belongs to (the project module, later), so that
 * {@code GET /api/me} can list it without this module depending on them.
 */
public interface MembershipProvider {

	record Membership(Long id, String title) {
	}

	List<Membership> membershipsOf(Long personId);
}

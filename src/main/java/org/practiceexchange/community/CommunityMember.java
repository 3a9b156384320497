package org.practiceexchange.community;

import java.time.Instant;

import jakarta.persistence.Embeddable;

@Embeddable
class CommunityMember {

	private Long personId;

	private Instant joinedAt;

	protected CommunityMember() {
	}

	CommunityMember(Long personId, Instant joinedAt) {
		this.personId = personId;
		this.joinedAt = joinedAt;
	}

	Long personId() {
		return personId;
	}

	Instant joinedAt() {
		return joinedAt;
	}
}

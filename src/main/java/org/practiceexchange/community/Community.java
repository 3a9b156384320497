package org.practiceexchange.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;

/**
 * A community of practice: the people of one project who keep meeting after it ends, and those who
 * have joined since. Its facilitator (the project's facilitator, or its mentor when it had none)
 * moderates it, as programme managers do.
 */
@Entity
@Table(name = "community")
class Community {

	static final int NAME_MAX = 150;

	static final int DESCRIPTION_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private String name;

	private String description;

	private Long facilitatorId;

	private Long startedBy;

	private Instant startedAt;

	@ElementCollection
	@CollectionTable(name = "community_member", joinColumns = @JoinColumn(name = "community_id"))
	private List<CommunityMember> members = new ArrayList<>();

	@Version
	private long version;

	protected Community() {
	}

	/** A new community from a project's founding people: its facilitator and its members. */
	Community(Long projectId, String name, String description, Long facilitatorId, Set<Long> founders, Long startedBy,
			Instant now) {
		this.projectId = projectId;
		this.name = Text.required("name", name, NAME_MAX, "Enter a name for the community");
		this.description = Text.optional("description", description, DESCRIPTION_MAX);
		this.facilitatorId = facilitatorId;
		this.startedBy = startedBy;
		this.startedAt = now;
		founders.forEach(personId -> members.add(new CommunityMember(personId, now)));
	}

	boolean isMember(Long personId) {
		return members.stream().anyMatch(member -> member.personId().equals(personId));
	}

	/** The facilitator and programme managers moderate; nobody else does. */
	boolean isModerator(SignedInPerson person) {
		return person.id().equals(facilitatorId) || person.hasRole(Role.PROGRAMME_MANAGER);
	}

	/** Members and moderators read threads and take part; everyone else sees only that it exists. */
	boolean letsIn(SignedInPerson person) {
		return isMember(person.id()) || isModerator(person);
	}

	void admit(Long personId, Instant now) {
		if (!isMember(personId)) {
			members.add(new CommunityMember(personId, now));
		}
	}

	void leave(Long personId) {
		if (!isMember(personId)) {
			throw new DomainRuleException(null, "You are not a member of this community");
		}
		if (personId.equals(facilitatorId)) {
			throw new DomainRuleException(null, "You facilitate this community, so you stay a member while it runs");
		}
		members.removeIf(member -> member.personId().equals(personId));
	}

	Set<Long> memberIds() {
		return members.stream().map(CommunityMember::personId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	List<CommunityMember> members() {
		return List.copyOf(members);
	}

	Long id() {
		return id;
	}

	Long projectId() {
		return projectId;
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}

	Long facilitatorId() {
		return facilitatorId;
	}

	Instant startedAt() {
		return startedAt;
	}
}

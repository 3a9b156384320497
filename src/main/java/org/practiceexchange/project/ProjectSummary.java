package org.practiceexchange.project;

import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;

/**
 * What other modules and the API may know of a project or group. {@code validatorId} is the
 * external validator named on the project (a person with the validator role), or null.
 */
public record ProjectSummary(Long id, Long cohortId, ProjectKind kind, String title, String summary, Long themeId,
		Long facilitatorId, Long mentorId, Long leadOrganisationId, List<Long> partnerOrganisationIds,
		ProjectStatus status, boolean community, List<Member> members, Long validatorId) {

	/** A practitioner in the project, from one organisation, with their own focus. */
	public record Member(Long personId, Long organisationId, String focus) {
	}

	public boolean isMember(Long personId) {
		return members.stream().anyMatch(member -> member.personId().equals(personId));
	}

	/** The facilitator or the research mentor. */
	public boolean isSupporter(Long personId) {
		return personId.equals(facilitatorId) || personId.equals(mentorId);
	}

	/** The external validator named on the project: signs off its outcomes. */
	public boolean isValidator(Long personId) {
		return validatorId != null && validatorId.equals(personId);
	}

	public Optional<Long> organisationOf(Long personId) {
		return members.stream().filter(member -> member.personId().equals(personId)).map(Member::organisationId).findFirst();
	}

	/** How this person stands towards the project, if at all. */
	public Optional<ProjectRole> roleOf(SignedInPerson person) {
		if (person.hasRole(Role.PROGRAMME_MANAGER)) {
			return Optional.of(ProjectRole.MANAGER);
		}
		if (isSupporter(person.id())) {
			return Optional.of(ProjectRole.SUPPORTER);
		}
		if (isMember(person.id())) {
			return Optional.of(ProjectRole.MEMBER);
		}
		if (person.hasRole(Role.PROVIDER_LEAD)
				&& members.stream().anyMatch(member -> person.belongsTo(member.organisationId()))) {
			return Optional.of(ProjectRole.LEAD);
		}
		return Optional.empty();
	}

	/** Whether a provider lead may see this practitioner's progress: same organisation. */
	public boolean isLeadFor(SignedInPerson person, Long practitionerId) {
		return person.hasRole(Role.PROVIDER_LEAD) && organisationOf(practitionerId).map(person::belongsTo).orElse(false);
	}
}

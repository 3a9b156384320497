package org.practiceexchange.project;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A project or group as a programme manager sets it up. */
record ProjectForm(
		@NotNull(message = "{project.cohort.required}") Long cohortId,
		@NotNull(message = "{project.kind.required}") ProjectKind kind,
		@NotBlank(message = "{project.title.required}") @Size(max = 200, message = "{project.title.size}") String title,
		@Size(max = 2000, message = "{project.summary.size}") String summary,
		Long themeId,
		Long facilitatorId,
		Long mentorId,
		@NotNull(message = "{project.lead.required}") Long leadOrganisationId,
		List<Long> partnerOrganisationIds,
		ProjectStatus status,
		Boolean community,
		Long validatorId) {

	/** A project without a named validator (the manager may name one later). */
	ProjectForm(Long cohortId, ProjectKind kind, String title, String summary, Long themeId, Long facilitatorId,
			Long mentorId, Long leadOrganisationId, List<Long> partnerOrganisationIds, ProjectStatus status,
			Boolean community) {
		this(cohortId, kind, title, summary, themeId, facilitatorId, mentorId, leadOrganisationId, partnerOrganisationIds,
				status, community, null);
	}

	ProjectForm {
		partnerOrganisationIds = partnerOrganisationIds == null ? List.of() : List.copyOf(partnerOrganisationIds);
		community = Boolean.TRUE.equals(community);
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, "", "", null, null, null, null, List.of(), null, false, null);
	}

	static ProjectForm of(ProjectSummary project) {
		return new ProjectForm(project.cohortId(), project.kind(), project.title(), project.summary(), project.themeId(),
				project.facilitatorId(), project.mentorId(), project.leadOrganisationId(),
				project.partnerOrganisationIds(), project.status(), project.community(), project.validatorId());
	}

	ProjectForm withValidator(Long newValidatorId) {
		return new ProjectForm(cohortId, kind, title, summary, themeId, facilitatorId, mentorId, leadOrganisationId,
				partnerOrganisationIds, status, community, newValidatorId);
	}

	ProjectForm withStatus(ProjectStatus newStatus) {
		return new ProjectForm(cohortId, kind, title, summary, themeId, facilitatorId, mentorId, leadOrganisationId,
				partnerOrganisationIds, newStatus, community, validatorId);
	}
}

package org.practiceexchange.project;

import jakarta.persistence.Embeddable;

@Embeddable
class ProjectMember {

	private Long personId;

	private Long organisationId;

	private String focus;

	protected ProjectMember() {
	}

	ProjectMember(Long personId, Long organisationId, String focus) {
		this.personId = personId;
		this.organisationId = organisationId;
		changeFocus(focus);
	}

	void changeFocus(String focus) {
		this.focus = focus == null || focus.isBlank() ? null : focus.strip();
	}

	Long personId() {
		return personId;
	}

	ProjectSummary.Member summary() {
		return new ProjectSummary.Member(personId, organisationId, focus);
	}
}

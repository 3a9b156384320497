package org.practiceexchange.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A project or group: joint work of practitioners from several organisations in one cohort. */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long cohortId;

	@Enumerated(EnumType.STRING)
	private ProjectKind kind;

	private String title;

	private String summary;

	private Long themeId;

	private Long facilitatorId;

	private Long mentorId;

	private Long leadOrganisationId;

	private Long validatorId;

	@ElementCollection
	@CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "organisation_id")
	private Set<Long> partnerOrganisationIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
	private List<ProjectMember> members = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private boolean community;

	private Instant createdAt;

	/** The funded proposal the project came from; null for a project set up by hand. */
	private Long proposalId;

	private Instant closedAt;

	private String closedReason;

	@Version
	private long version;

	protected Project() {
	}

	Project(Long cohortId, ProjectForm form, Instant now) {
		this.cohortId = cohortId;
		this.status = ProjectStatus.FORMING;
		this.createdAt = now;
		change(form);
	}

	void change(ProjectForm form) {
		// A project still forming (a funded proposal, say) may wait for its supporters; once it runs it needs one.
		ProjectStatus next = form.status() == null ? ProjectStatus.FORMING : form.status();
		if (form.facilitatorId() == null && form.mentorId() == null && next != ProjectStatus.FORMING) {
			throw new DomainRuleException("facilitatorId", "Choose a facilitator or a research mentor, or both, before the project runs");
		}
		this.kind = form.kind();
		this.title = form.title().strip();
		this.summary = form.summary() == null || form.summary().isBlank() ? null : form.summary().strip();
		this.themeId = form.themeId();
		this.facilitatorId = form.facilitatorId();
		this.mentorId = form.mentorId();
		this.validatorId = form.validatorId();
		this.leadOrganisationId = form.leadOrganisationId();
		this.partnerOrganisationIds = new LinkedHashSet<>(form.partnerOrganisationIds());
		this.partnerOrganisationIds.remove(form.leadOrganisationId());
		if (kind == ProjectKind.JPD_PROJECT && partnerOrganisationIds.isEmpty()) {
			throw new DomainRuleException("partnerOrganisationIds", "A joint practice development project needs at least one partner besides the lead provider");
		}
		this.community = Boolean.TRUE.equals(form.community());
		if (form.status() != null) {
			this.status = form.status();
		}
	}

	void addMember(Long personId, Long organisationId, String focus) {
		if (!involvesOrganisation(organisationId)) {
			throw new DomainRuleException("personId", "This person's organisation is not the lead provider or a partner of the project");
		}
		if (members.stream().anyMatch(member -> member.personId().equals(personId))) {
			throw new DomainRuleException("personId", "This person is already a member");
		}
		members.add(new ProjectMember(personId, organisationId, focus));
	}

	void removeMember(Long personId) {
		members.removeIf(member -> member.personId().equals(personId));
	}

	void changeFocus(Long personId, String focus) {
		members.stream().filter(member -> member.personId().equals(personId)).findFirst()
			.orElseThrow(() -> new DomainRuleException("focus", "Only members have a focus"))
			.changeFocus(focus);
	}

	/** The project came from this funded proposal. */
	void cameFrom(Long proposalId) {
		this.proposalId = proposalId;
	}

	/** Its proposal withdrew from its funding: the project closes, and says why. */
	void closeBecause(String reason, Instant now) {
		this.status = ProjectStatus.CLOSED;
		this.closedAt = now;
		this.closedReason = reason;
	}

	Long proposalId() {
		return proposalId;
	}

	Instant closedAt() {
		return closedAt;
	}

	String closedReason() {
		return closedReason;
	}

	boolean involvesOrganisation(Long organisationId) {
		return organisationId.equals(leadOrganisationId) || partnerOrganisationIds.contains(organisationId);
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	Long cohortId() {
		return cohortId;
	}

	ProjectSummary summary() {
		return new ProjectSummary(id, cohortId, kind, title, summary, themeId, facilitatorId, mentorId, leadOrganisationId,
				List.copyOf(partnerOrganisationIds), status, community,
				members.stream().map(ProjectMember::summary).toList(), validatorId);
	}
}

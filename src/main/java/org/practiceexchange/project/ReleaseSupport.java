package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Release time committed and used, and the mentor's support log. */
@Service
@Transactional(readOnly = true)
class ReleaseSupport {

	record ReleaseRow(Long personId, BigDecimal committed, BigDecimal used, String reason,
			List<ReleaseCommitment.Use> uses, boolean mayCommit, boolean mayLog) {
	}

	record ContactView(Long id, Long personId, Long mentorId, SupportContact.Kind kind, LocalDate contactOn,
			int minutes, String note) {
	}

	private final ReleaseCommitmentRepository commitments;

	private final SupportContactRepository contacts;

	private final ProjectService projects;

	private final Clock clock;

	ReleaseSupport(ReleaseCommitmentRepository commitments, SupportContactRepository contacts, ProjectService projects,
			Clock clock) {
		this.commitments = commitments;
		this.contacts = contacts;
		this.projects = projects;
		this.clock = clock;
	}

	/** Committed against used for each member this person may see: all of them, their staff, or themselves. */
	List<ReleaseRow> release(ProjectSummary project, SignedInPerson me, ProjectRole role) {
		Map<Long, ReleaseCommitment> byPerson = commitments.findByProjectId(project.id()).stream()
			.collect(Collectors.toMap(ReleaseCommitment::personId, Function.identity()));
		return project.members().stream()
			.filter(member -> switch (role) {
				case MANAGER, SUPPORTER -> true;
				case LEAD -> me.belongsTo(member.organisationId());
				case MEMBER -> member.personId().equals(me.id());
			})
			.map(member -> {
				ReleaseCommitment found = byPerson.get(member.personId());
				boolean mayCommit = role == ProjectRole.MANAGER || (role == ProjectRole.LEAD && me.belongsTo(member.organisationId()));
				boolean mayLog = member.personId().equals(me.id()) && found != null;
				return found == null ? new ReleaseRow(member.personId(), null, BigDecimal.ZERO, null, List.of(), mayCommit, false)
						: new ReleaseRow(member.personId(), found.daysCommitted(), found.used(), found.reasonBelowMinimum(),
								List.copyOf(found.uses()), mayCommit, mayLog);
			})
			.toList();
	}

	@Transactional
	void commit(Long projectId, SignedInPerson me, ReleaseForms.Commit form) {
		ProjectService.Visible visible = projects.visible(projectId, me);
		ProjectSummary project = visible.project();
		Long organisationId = project.organisationOf(form.personId())
			.orElseThrow(() -> new DomainRuleException("personId", "Choose a member of the project"));
		boolean manager = visible.role() == ProjectRole.MANAGER;
		if (!manager && !(visible.role() == ProjectRole.LEAD && me.belongsTo(organisationId))) {
			throw new AccessDeniedException("Only the practitioner's provider lead commits release time");
		}
		ReleaseCommitment commitment = commitments.findByProjectIdAndPersonId(projectId, form.personId())
			.orElseGet(() -> new ReleaseCommitment(projectId, form.personId()));
		commitment.commit(form.daysValue(), form.reason(), manager, me.id(), clock.instant());
		commitments.save(commitment);
	}

	@Transactional
	void logUse(Long projectId, SignedInPerson me, ReleaseForms.Use form) {
		ProjectService.Visible visible = projects.visible(projectId, me);
		if (visible.role() != ProjectRole.MEMBER) {
			throw new AccessDeniedException("Practitioners log their own release time");
		}
		ReleaseCommitment commitment = commitments.findByProjectIdAndPersonId(projectId, me.id())
			.orElseThrow(() -> new DomainRuleException("days", "Your provider has not committed release time yet"));
		commitment.logUse(form.usedOn(), form.daysValue(), form.note());
	}

	/** The support log: all of it for supporters and the manager, a practitioner's own for them, none for leads. */
	List<ContactView> contactsFor(ProjectSummary project, SignedInPerson me, ProjectRole role) {
		return contacts.findByProjectIdOrderByContactOnDesc(project.id()).stream()
			.map(SupportContact::view)
			.filter(contact -> role == ProjectRole.MANAGER || role == ProjectRole.SUPPORTER
					|| (role == ProjectRole.MEMBER && contact.personId().equals(me.id())))
			.toList();
	}

	@Transactional
	void recordContact(Long projectId, SignedInPerson me, SupportForm form) {
		ProjectService.Visible visible = projects.visible(projectId, me);
		if (visible.role() != ProjectRole.SUPPORTER) {
			throw new AccessDeniedException("The project's mentor or facilitator records support");
		}
		if (!visible.project().isMember(form.personId())) {
			throw new DomainRuleException("personId", "Choose a member of the project");
		}
		contacts.save(new SupportContact(projectId, form.personId(), me.id(), form, clock.instant()));
	}
}

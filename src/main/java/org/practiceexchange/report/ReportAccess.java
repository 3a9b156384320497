package org.practiceexchange.report;

import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.report.ReportViews.Access;
import org.practiceexchange.shared.RecordNotFoundException;

/**
 * Who may see and do what with a report. A practitioner's report follows its inquiry: the author,
 * the project's mentor and facilitator, the programme manager, and the author's provider lead for
 * its status only. An outcome report: its author (a provider lead of the lead provider), the
 * project's mentor and facilitator, its named validator, the programme manager, and the leads of
 * the project's providers for its status. For anyone else a report does not exist.
 *
 * <p>Sign-off: the project's research mentor signs a practitioner's report off; the facilitator
 * does so only when the project has no research mentor, and otherwise comments. The project's
 * named validator comments on and signs off its outcome report.
 */
final class ReportAccess {

	private ReportAccess() {
	}

	static Access of(Report report, ProjectSummary project, SignedInPerson me) {
		if (me.id().equals(report.authorId())) {
			return Access.AUTHOR;
		}
		if (me.hasRole(Role.PROGRAMME_MANAGER)) {
			return Access.MANAGER;
		}
		if (report.kind() == ReportKind.OUTCOME && isValidator(project, me)) {
			return Access.VALIDATOR;
		}
		if (project.isSupporter(me.id())) {
			return Access.SUPPORTER;
		}
		if (report.kind() == ReportKind.PRACTITIONER ? project.isLeadFor(me, report.authorId()) : leadsAProvider(project, me)) {
			return Access.PROGRESS;
		}
		throw new RecordNotFoundException("Report", report.id());
	}

	static boolean canSee(Report report, ProjectSummary project, SignedInPerson me) {
		try {
			of(report, project, me);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	/** Who signs this report off: the mentor (or a mentor-less project's facilitator), or the validator. */
	static List<Long> signers(ReportKind kind, ProjectSummary project) {
		List<Long> ids = new ArrayList<>();
		if (kind == ReportKind.OUTCOME) {
			if (project.validatorId() != null) {
				ids.add(project.validatorId());
			}
		}
		else if (project.mentorId() != null) {
			ids.add(project.mentorId());
		}
		else if (project.facilitatorId() != null) {
			ids.add(project.facilitatorId());
		}
		return ids;
	}

	static boolean maySignOff(Report report, ProjectSummary project, SignedInPerson me) {
		if (report.kind() == ReportKind.OUTCOME) {
			return isValidator(project, me);
		}
		return signers(report.kind(), project).contains(me.id());
	}

	/** The signer comments; on a practitioner's report the facilitator may too. */
	static boolean mayComment(Report report, ProjectSummary project, SignedInPerson me) {
		return maySignOff(report, project, me) || (report.kind() == ReportKind.PRACTITIONER && project.isSupporter(me.id()));
	}

	/** Who writes a project's outcome report: a provider lead of the project's lead provider. */
	static boolean mayWriteOutcomeReport(ProjectSummary project, SignedInPerson me) {
		return me.hasRole(Role.PROVIDER_LEAD) && me.belongsTo(project.leadOrganisationId());
	}

	static boolean isValidator(ProjectSummary project, SignedInPerson me) {
		return me.hasRole(Role.VALIDATOR) && project.isValidator(me.id());
	}

	private static boolean leadsAProvider(ProjectSummary project, SignedInPerson me) {
		return me.hasRole(Role.PROVIDER_LEAD) && (me.belongsTo(project.leadOrganisationId())
				|| project.partnerOrganisationIds().stream().anyMatch(me::belongsTo));
	}
}

package org.practiceexchange.call;

import java.util.Locale;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.export.Pdfs;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The letter each released decision produces (funded, held in reserve, not funded), as an A4 PDF
 * rendered like the report PDFs: our letterhead, the call, the decision and the panel's feedback,
 * dated the day the decisions were released. The proposal's lead, the provider leads of its lead
 * and confirmed partner organisations, and programme managers may download it; nobody can before
 * the release (the letter does not exist yet), and others who may see the proposal are refused.
 */
@Service
@Transactional(readOnly = true)
class DecisionLetters {

	/** What the letter says. */
	record Letter(String title, String callTitle, String proposalTitle, String leadName, String leadOrganisation,
			Decision decision, boolean promoted, String feedback, String date) {
	}

	private final ProposalAccess access;

	private final CallService calls;

	private final People people;

	private final Organisations organisations;

	private final UkTime ukTime;

	private final ITemplateEngine templates;

	DecisionLetters(ProposalAccess access, CallService calls, People people, Organisations organisations, UkTime ukTime,
			ITemplateEngine templates) {
		this.access = access;
		this.calls = calls;
		this.people = people;
		this.organisations = organisations;
		this.ukTime = ukTime;
		this.templates = templates;
	}

	Letter letter(SignedInPerson me, Long proposalId) {
		Proposal proposal = access.visible(me, proposalId);
		if (proposal.decisionReleasedAt() == null || proposal.decision() == null) {
			throw new RecordNotFoundException("Decision letter", proposalId);
		}
		if (!mayRead(me, proposal)) {
			throw new AccessDeniedException("Only the proposal's lead, its organisations' provider leads and programme managers read its decision letter");
		}
		FundingCall call = calls.load(proposal.callId());
		String lead = people.find(proposal.leadPersonId()).map(PersonSummary::name).orElse("");
		String organisation = organisations.find(proposal.leadOrganisationId()).map(OrganisationSummary::name).orElse("");
		// a promoted reserve's letter is dated the day it was funded
		java.time.Instant dated = proposal.promotedAt() != null ? proposal.promotedAt() : proposal.decisionReleasedAt();
		return new Letter("Decision on \u201c" + proposal.title() + "\u201d", call.title(), proposal.title(), lead, organisation,
				proposal.decision(), proposal.promotedAt() != null, proposal.feedback(), ukTime.date(dated));
	}

	byte[] pdf(SignedInPerson me, Long proposalId) {
		Context context = new Context(Locale.UK);
		context.setVariable("letter", letter(me, proposalId));
		return Pdfs.render(templates.process("call/decision-letter", context), builder -> {
		});
	}

	/** Whether the proposal's page offers this person its letter. */
	boolean offered(SignedInPerson me, Long proposalId) {
		Proposal proposal = access.visible(me, proposalId);
		return proposal.decisionReleasedAt() != null && proposal.decision() != null && mayRead(me, proposal);
	}

	boolean mayRead(SignedInPerson me, Proposal proposal) {
		return me.hasRole(Role.PROGRAMME_MANAGER) || me.id().equals(proposal.leadPersonId())
				|| me.hasRole(Role.PROVIDER_LEAD) && proposal.writingOrganisationIds().stream().anyMatch(me::belongsTo);
	}
}

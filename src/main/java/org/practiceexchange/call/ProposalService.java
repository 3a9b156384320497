package org.practiceexchange.call;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider leads start, co-write, confirm, submit and withdraw proposals. */
@Service
@Transactional
class ProposalService {

	private final ProposalRepository proposals;

	private final CallService calls;

	private final ProposalAccess access;

	private final ProposalViews views;

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue programmes;

	private final Mail mail;

	private final Clock clock;

	private final String baseUrl;

	ProposalService(ProposalRepository proposals, CallService calls, ProposalAccess access, ProposalViews views,
			People people, Organisations organisations, ProgrammeCatalogue programmes, Mail mail, Clock clock,
			@Value("${exchange.base-url}") String baseUrl) {
		this.proposals = proposals;
		this.calls = calls;
		this.access = access;
		this.views = views;
		this.people = people;
		this.organisations = organisations;
		this.programmes = programmes;
		this.mail = mail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	Long start(SignedInPerson me, Long callId, ProposalForms.Start form) {
		if (!me.hasRole(Role.PROVIDER_LEAD)) {
			throw new AccessDeniedException("Only provider leads start proposals");
		}
		FundingCall call = calls.load(callId);
		if (!call.isPublished()) {
			throw new org.practiceexchange.shared.RecordNotFoundException("Call", callId);
		}
		Long lead = form.leadOrganisationId() != null ? form.leadOrganisationId()
				: me.organisationIds().stream().findFirst().orElseThrow(() -> new DomainRuleException("leadOrganisationId",
						"Your account belongs to no organisation, so it cannot lead a proposal"));
		if (!me.belongsTo(lead)) {
			throw new DomainRuleException("leadOrganisationId", "Lead with one of your own organisations");
		}
		List<Long> partners = form.partners().stream().distinct().toList();
		if (organisations.findAll(partners).size() != partners.size()) {
			throw new DomainRuleException("partnerOrganisationIds", "Choose partner organisations from the list");
		}
		Proposal proposal = proposals.save(new Proposal(call, lead, me.id(), form.title(), partners, clock.instant()));
		invite(proposal, call, partners);
		return proposal.id();
	}

	private void invite(Proposal proposal, FundingCall call, List<Long> partnerIds) {
		Map<Long, String> names = views.organisationNames(proposal);
		String lead = names.get(proposal.leadOrganisationId());
		for (PersonSummary partnerLead : people.withRole(Role.PROVIDER_LEAD)) {
			partnerIds.stream().filter(partnerLead.organisationIds()::contains).findFirst().ifPresent(orgId -> mail.send(
					partnerLead.email(), "Partner invitation: " + proposal.title(),
					"Hello " + partnerLead.name() + ",\n\n" + lead + " has named " + names.get(orgId)
							+ " as a partner in a proposal to \"" + call.title() + "\": \"" + proposal.title()
							+ "\".\n\nPlease confirm or decline your organisation's part here:\n" + baseUrl + "/proposals/"
							+ proposal.id() + "\n\nOnce you confirm, you can help write the proposal.\n"));
		}
	}

	@Transactional(readOnly = true)
	ProposalView view(SignedInPerson me, Long id) {
		Proposal proposal = access.visible(me, id);
		return views.view(proposal, calls.load(proposal.callId()), me);
	}

	/** Proposals the lead's organisations lead or are partners in, newest first. */
	@Transactional(readOnly = true)
	List<ProposalView> mine(SignedInPerson me) {
		if (me.organisationIds().isEmpty()) {
			return List.of();
		}
		return proposals.findInvolving(me.organisationIds()).stream()
			.map(p -> views.view(p, calls.load(p.callId()), me)).toList();
	}

	ProposalView editDetails(SignedInPerson me, Long id, ProposalForms.Details form) {
		Proposal proposal = access.writable(me, id);
		if (form.themeId() != null && programmes.allThemes().stream().noneMatch(t -> t.id().equals(form.themeId()))) {
			throw new DomainRuleException("themeId", "Choose a theme from the list");
		}
		proposal.editDetails(form.title(), form.themeId(), form.aims(), form.outcomes(),
				form.version() == null ? proposal.detailsVersion() : form.version(), me.id(), clock.instant());
		return view(me, proposal);
	}

	ProposalView editValidator(SignedInPerson me, Long id, ProposalForms.Validator form) {
		Proposal proposal = access.writable(me, id);
		proposal.editValidator(form.organisation(), form.contactName(), form.contactEmail(),
				form.version() == null ? proposal.validatorVersion() : form.version(), me.id(), clock.instant());
		return view(me, proposal);
	}

	void addPractitioner(SignedInPerson me, Long id, ProposalForms.NewPractitioner form) {
		access.writable(me, id).addPractitioner(new Proposal.Practitioner(form.name().strip(),
				form.email().strip().toLowerCase(java.util.Locale.ROOT), form.organisationId(), form.releaseDays()),
				me.id(), clock.instant());
	}

	void removePractitioner(SignedInPerson me, Long id, int index) {
		access.writable(me, id).removePractitioner(index, me.id(), clock.instant());
	}

	void addBudgetLine(SignedInPerson me, Long id, ProposalForms.NewBudgetLine form) {
		access.writable(me, id).addBudgetLine(new Proposal.BudgetLine(form.description().strip(), form.amount(),
				form.spentBy(), form.category()), me.id(), clock.instant());
	}

	void removeBudgetLine(SignedInPerson me, Long id, int index) {
		access.writable(me, id).removeBudgetLine(index, me.id(), clock.instant());
	}

	/** The lead names another partner on the draft and it is invited by e-mail, as at the start. */
	ProposalView addPartner(SignedInPerson me, Long id, Long organisationId) {
		Proposal proposal = leadsOwn(me, id);
		if (organisations.findAll(List.of(organisationId)).size() != 1) {
			throw new DomainRuleException("partnerOrganisationId", "Choose a partner organisation from the list");
		}
		proposal.addPartner(organisationId, me.id(), clock.instant());
		invite(proposal, calls.load(proposal.callId()), List.of(organisationId));
		return view(me, proposal);
	}

	/** The lead takes a partner off the draft; its leads hear that the invitation (or their part) is withdrawn. */
	ProposalView removePartner(SignedInPerson me, Long id, Long organisationId) {
		Proposal proposal = leadsOwn(me, id);
		Map<Long, String> names = views.organisationNames(proposal);
		Proposal.Partner removed = proposal.removePartner(organisationId, me.id(), clock.instant());
		String what = removed.status() == PartnerStatus.INVITED ? "The invitation to " + names.get(organisationId)
				+ " has been withdrawn" : names.get(organisationId) + " is no longer a partner";
		for (PersonSummary partnerLead : people.withRole(Role.PROVIDER_LEAD)) {
			if (partnerLead.organisationIds().contains(organisationId)) {
				mail.send(partnerLead.email(), "Partner removed: " + proposal.title(), "Hello " + partnerLead.name() + ",\n\n"
						+ names.get(proposal.leadOrganisationId()) + " has taken your organisation off the proposal \""
						+ proposal.title() + "\". " + what + ". There is nothing more for you to do.\n");
			}
		}
		return view(me, proposal);
	}

	/** Only provider leads of the lead organisation change who the partners are. */
	private Proposal leadsOwn(SignedInPerson me, Long id) {
		Proposal proposal = access.writable(me, id);
		if (!me.belongsTo(proposal.leadOrganisationId())) {
			throw new AccessDeniedException("Only provider leads of the lead organisation can change the partners");
		}
		return proposal;
	}

	void respond(SignedInPerson me, Long id, Long organisationId, boolean confirm) {
		Proposal proposal = access.visible(me, id);
		access.partnerAnsweredBy(me, proposal, organisationId)
			.orElseThrow(() -> new AccessDeniedException("Only a provider lead of the partner organisation can answer"));
		proposal.respond(organisationId, confirm, me.id(), clock.instant());
		people.find(proposal.leadPersonId()).ifPresent(lead -> mail.send(lead.email(),
				"Partner " + (confirm ? "confirmed" : "declined") + ": " + proposal.title(),
				"Hello " + lead.name() + ",\n\n" + views.organisationNames(proposal).get(organisationId) + " has "
						+ (confirm ? "confirmed" : "declined") + " its part in \"" + proposal.title() + "\".\n\n"
						+ baseUrl + "/proposals/" + proposal.id() + "\n"));
	}

	ProposalView submit(SignedInPerson me, Long id) {
		Proposal proposal = access.writable(me, id);
		proposal.submit(calls.load(proposal.callId()), me.id(), views.snapshot(proposal), clock.instant());
		return view(me, proposal);
	}

	ProposalView withdraw(SignedInPerson me, Long id) {
		Proposal proposal = access.writable(me, id);
		proposal.withdraw(calls.load(proposal.callId()), me.id(), clock.instant());
		return view(me, proposal);
	}

	private ProposalView view(SignedInPerson me, Proposal proposal) {
		proposals.flush();
		return views.view(proposal, calls.load(proposal.callId()), me);
	}
}

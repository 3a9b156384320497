package org.practiceexchange.call;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ThemeSummary;
import org.springframework.stereotype.Component;

/** Fills a proposal's ids in with names, for pages, the API and the submitted record. */
@Component
class ProposalViews {

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue programmes;

	private final ProposalAccess access;

	private final Clock clock;

	private final ProposalAttachments attachments;

	ProposalViews(People people, Organisations organisations, ProgrammeCatalogue programmes, ProposalAccess access,
			Clock clock, ProposalAttachments attachments) {
		this.attachments = attachments;
		this.people = people;
		this.organisations = organisations;
		this.programmes = programmes;
		this.access = access;
		this.clock = clock;
	}

	ProposalView view(Proposal p, FundingCall call, SignedInPerson me) {
		Set<Long> personIds = new HashSet<>();
		personIds.add(p.leadPersonId());
		if (p.lastEditedBy() != null) {
			personIds.add(p.lastEditedBy());
		}
		p.partners().stream().map(Proposal.Partner::respondedBy).filter(java.util.Objects::nonNull).forEach(personIds::add);
		p.submissions().forEach(s -> {
			personIds.add(s.submittedBy());
			if (s.withdrawnBy() != null) {
				personIds.add(s.withdrawnBy());
			}
		});
		Map<Long, String> names = people.findAll(personIds).stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		Map<Long, String> orgs = organisationNames(p);
		boolean manager = me != null && me.hasRole(Role.PROGRAMME_MANAGER);
		boolean released = p.decisionReleasedAt() != null;
		List<ProposalView.SubmissionView> submissions = new ArrayList<>();
		for (int i = 0; i < p.submissions().size(); i++) {
			Proposal.Submission s = p.submissions().get(i);
			submissions.add(new ProposalView.SubmissionView(i + 1, names.get(s.submittedBy()), s.submittedAt(),
					s.withdrawnBy() == null ? null : names.get(s.withdrawnBy()), s.withdrawnAt(), s.snapshot()));
		}
		List<ProposalView.PractitionerView> practitioners = new ArrayList<>();
		for (int i = 0; i < p.practitioners().size(); i++) {
			Proposal.Practitioner pr = p.practitioners().get(i);
			practitioners.add(new ProposalView.PractitionerView(i, pr.name(), pr.email(), orgs.get(pr.organisationId()),
					pr.releaseDays()));
		}
		List<ProposalView.BudgetLineView> budget = new ArrayList<>();
		for (int i = 0; i < p.budgetLines().size(); i++) {
			Proposal.BudgetLine line = p.budgetLines().get(i);
			budget.add(new ProposalView.BudgetLineView(i, line.description(), line.amount(), line.organisationId(),
					orgs.get(line.organisationId()), line.category()));
		}
		Map<Long, Long> byPartner = new java.util.LinkedHashMap<>();
		byPartner.put(p.leadOrganisationId(), 0L);
		p.partners().forEach(partner -> byPartner.put(partner.organisationId(), 0L));
		Map<BudgetCategory, Long> byCategory = new java.util.EnumMap<>(BudgetCategory.class);
		p.budgetLines().forEach(line -> {
			byPartner.merge(line.organisationId(), line.amount(), Long::sum);
			byCategory.merge(line.category(), line.amount(), Long::sum);
		});
		List<ProposalView.PartnerTotal> partnerTotals = byPartner.entrySet().stream()
			.filter(e -> e.getValue() > 0 || p.budgetLines().stream().anyMatch(line -> line.organisationId().equals(e.getKey())))
			.map(e -> new ProposalView.PartnerTotal(e.getKey(), orgs.get(e.getKey()), e.getValue())).toList();
		List<ProposalView.CategoryTotal> categoryTotals = byCategory.entrySet().stream()
			.map(e -> new ProposalView.CategoryTotal(e.getKey(), e.getValue())).toList();
		boolean canEdit = me != null && p.status() == ProposalStatus.DRAFT && access.canWrite(me, p);
		boolean canWithdraw = me != null && p.status() == ProposalStatus.SUBMITTED && access.canWrite(me, p)
				&& call.isOpen(clock.instant());
		List<Long> canRespondFor = me == null || p.status() != ProposalStatus.DRAFT ? List.of()
				: p.partners().stream().map(Proposal.Partner::organisationId)
					.filter(orgId -> access.partnerAnsweredBy(me, p, orgId).isPresent()).toList();
		return new ProposalView(p.id(), call.id(), call.title(), call.status(clock.instant()), call.closesAt(), p.title(),
				p.themeId(), themeName(p.themeId()), p.aims(), p.outcomes(), p.leadOrganisationId(),
				orgs.get(p.leadOrganisationId()), names.get(p.leadPersonId()),
				p.partners().stream().map(partner -> new ProposalView.PartnerView(partner.organisationId(),
						orgs.get(partner.organisationId()), partner.status(),
						partner.respondedBy() == null ? null : names.get(partner.respondedBy()), partner.respondedAt())).toList(),
				practitioners, budget, p.budgetTotal(), p.validatorOrganisation(), p.validatorContactName(),
				p.validatorContactEmail(), p.status(), p.detailsVersion(), p.validatorVersion(), names.get(p.lastEditedBy()),
				p.lastEditedAt(), submissions, manager || released ? p.decision() : null,
				manager || released ? p.feedback() : null, released,
				p.status() == ProposalStatus.DRAFT ? p.missingForSubmission(call) : List.of(), canEdit, canWithdraw,
				canRespondFor, released ? p.fundingWithdrawnAt() : null, released ? p.fundingWithdrawalReason() : null,
				released ? p.promotedAt() : null, call.guidance(), call.budgetPerProject(), partnerTotals, categoryTotals,
				attachments.of(p.id()));
	}

	Map<Long, String> organisationNames(Proposal p) {
		return organisations.findAll(p.organisationIds()).stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
	}

	String themeName(Long themeId) {
		if (themeId == null) {
			return null;
		}
		return programmes.allThemes().stream().filter(t -> t.id().equals(themeId)).map(ThemeSummary::name).findFirst()
			.orElse(null);
	}

	/** The submitted proposal as plain text: the record kept for each submission. */
	String snapshot(Proposal p) {
		Map<Long, String> orgs = organisationNames(p);
		StringBuilder text = new StringBuilder();
		text.append("Title: ").append(p.title()).append('\n');
		text.append("Theme: ").append(themeName(p.themeId())).append('\n');
		text.append("Lead: ").append(orgs.get(p.leadOrganisationId())).append('\n');
		text.append("Partners: ").append(p.confirmedPartnerIds().stream().map(orgs::get).collect(Collectors.joining(", "))).append('\n');
		text.append("Aims: ").append(p.aims()).append('\n');
		text.append("Outcomes: ").append(p.outcomes()).append('\n');
		text.append("Validator: ").append(p.validatorOrganisation()).append(" (").append(p.validatorContactName())
			.append(", ").append(p.validatorContactEmail()).append(")\n");
		p.practitioners().forEach(pr -> text.append("Practitioner: ").append(pr.name()).append(", ")
			.append(orgs.get(pr.organisationId())).append(", ").append(pr.releaseDays()).append(" release days\n"));
		p.budgetLines().forEach(line -> text.append("Budget: ").append(line.description()).append(" £").append(line.amount())
			.append(" (").append(orgs.get(line.organisationId())).append(", ").append(line.category()).append(")\n"));
		attachments.of(p.id()).forEach(a -> text.append("Attachment: ").append(a.fileName()).append('\n'));
		String result = text.toString();
		return result.length() > 16000 ? result.substring(0, 16000) : result;
	}

	Function<Long, String> personName() {
		return id -> people.find(id).map(PersonSummary::name).orElse("");
	}
}

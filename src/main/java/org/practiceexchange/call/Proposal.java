package org.practiceexchange.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.call.ProposalIncompleteException.Missing;
import org.practiceexchange.shared.DomainRuleException;

/**
 * A partnership's bid to a call. Partners confirm their part; confirmed partner leads co-write the
 * draft section by section (each section carries its own version, so two people saving the same
 * section never overwrite each other silently). A submission is kept as a record: withdrawing it
 * leaves the submitted text and the withdrawal in the trace.
 */
@Entity
@Table(name = "proposal")
class Proposal {

	enum Section {
		DETAILS, VALIDATOR
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long callId;

	private Long leadOrganisationId;

	private Long leadPersonId;

	private String title;

	private Long themeId;

	private String aims;

	private String outcomes;

	private String validatorOrganisation;

	private String validatorContactName;

	private String validatorContactEmail;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private int detailsVersion;

	private int validatorVersion;

	private Long lastEditedBy;

	private Instant lastEditedAt;

	private Instant createdAt;

	private BigDecimal moderatedScore;

	private String moderationReason;

	private Long moderatedBy;

	private Instant moderatedAt;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String feedback;

	private Long decidedBy;

	private Instant decidedAt;

	private Instant decisionReleasedAt;

	private Instant fundingWithdrawnAt;

	private Long fundingWithdrawnBy;

	private String fundingWithdrawalReason;

	private Instant promotedAt;

	private Long promotedBy;

	@ElementCollection
	@CollectionTable(name = "proposal_partner", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "seq")
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_practitioner", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "seq")
	private List<Practitioner> practitioners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "seq")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "proposal_submission", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "seq")
	private List<Submission> submissions = new ArrayList<>();

	@Version
	private long version;

	protected Proposal() {
	}

	Proposal(FundingCall call, Long leadOrganisationId, Long leadPersonId, String title, List<Long> partnerOrganisationIds,
			Instant now) {
		call.checkOpen(now);
		Set<Long> distinct = new LinkedHashSet<>(partnerOrganisationIds);
		if (distinct.contains(leadOrganisationId)) {
			throw new DomainRuleException("partnerOrganisationIds", "The lead organisation cannot also be a partner");
		}
		this.callId = call.id();
		this.leadOrganisationId = leadOrganisationId;
		this.leadPersonId = leadPersonId;
		this.title = title.strip();
		this.status = ProposalStatus.DRAFT;
		this.createdAt = now;
		this.lastEditedBy = leadPersonId;
		this.lastEditedAt = now;
		distinct.forEach(organisationId -> partners.add(new Partner(organisationId, PartnerStatus.INVITED, null, null)));
	}

	void editDetails(String newTitle, Long newThemeId, String newAims, String newOutcomes, int expectedVersion,
			Long personId, Instant now) {
		checkEditable();
		checkVersion(detailsVersion, expectedVersion);
		title = newTitle.strip();
		themeId = newThemeId;
		aims = blankToNull(newAims);
		outcomes = blankToNull(newOutcomes);
		detailsVersion++;
		edited(personId, now);
	}

	void editValidator(String organisation, String contactName, String contactEmail, int expectedVersion, Long personId,
			Instant now) {
		checkEditable();
		checkVersion(validatorVersion, expectedVersion);
		validatorOrganisation = blankToNull(organisation);
		validatorContactName = blankToNull(contactName);
		validatorContactEmail = blankToNull(contactEmail);
		validatorVersion++;
		edited(personId, now);
	}

	void addPractitioner(Practitioner practitioner, Long personId, Instant now) {
		checkEditable();
		if (!practitionerOrganisationIds().contains(practitioner.organisationId())) {
			throw new DomainRuleException("organisationId", "Choose the lead or one of the partner organisations");
		}
		if (practitioner.releaseDays() < 1) {
			throw new DomainRuleException("releaseDays", "Release days must be at least 1");
		}
		practitioners.add(practitioner);
		edited(personId, now);
	}

	void removePractitioner(int index, Long personId, Instant now) {
		checkEditable();
		checkIndex(index, practitioners.size());
		practitioners.remove(index);
		edited(personId, now);
	}

	void addBudgetLine(BudgetLine line, Long personId, Instant now) {
		checkEditable();
		if (line.amount() < 0) {
			throw new DomainRuleException("amount", "The amount cannot be negative");
		}
		if (line.category() == null) {
			throw new DomainRuleException("category", "Choose the kind of cost");
		}
		if (line.organisationId() == null || !practitionerOrganisationIds().contains(line.organisationId())) {
			throw new DomainRuleException("spentBy", "Choose the lead or one of the partner organisations");
		}
		budgetLines.add(line);
		edited(personId, now);
	}

	void removeBudgetLine(int index, Long personId, Instant now) {
		checkEditable();
		checkIndex(index, budgetLines.size());
		budgetLines.remove(index);
		edited(personId, now);
	}

	/** The lead names another partner on the draft; it is invited as at the start (a partner that declined may be asked again). */
	void addPartner(Long organisationId, Long personId, Instant now) {
		checkEditable();
		if (organisationId.equals(leadOrganisationId)) {
			throw new DomainRuleException("partnerOrganisationId", "The lead organisation cannot also be a partner");
		}
		for (int i = 0; i < partners.size(); i++) {
			if (partners.get(i).organisationId().equals(organisationId)) {
				if (partners.get(i).status() != PartnerStatus.DECLINED) {
					throw new DomainRuleException("partnerOrganisationId", "That organisation is already a partner in this proposal");
				}
				partners.set(i, new Partner(organisationId, PartnerStatus.INVITED, null, null));
				edited(personId, now);
				return;
			}
		}
		partners.add(new Partner(organisationId, PartnerStatus.INVITED, null, null));
		edited(personId, now);
	}

	/**
	 * The lead takes a partner off the draft; a pending invitation goes with it. Practitioners from that
	 * organisation must be removed first, so no line names a provider that is no longer bidding.
	 */
	Partner removePartner(Long organisationId, Long personId, Instant now) {
		checkEditable();
		Partner partner = partners.stream().filter(p -> p.organisationId().equals(organisationId)).findFirst()
			.orElseThrow(() -> new DomainRuleException(null, "That organisation is no longer a partner: someone may have removed it already"));
		if (practitioners.stream().anyMatch(p -> organisationId.equals(p.organisationId()))) {
			throw new DomainRuleException(null, "Remove this partner's practitioners first");
		}
		if (budgetLines.stream().anyMatch(line -> organisationId.equals(line.organisationId()))) {
			throw new DomainRuleException(null, "Remove this partner's budget lines first");
		}
		partners.remove(partner);
		edited(personId, now);
		return partner;
	}

	/** A partner organisation's lead confirms or declines its part. */
	void respond(Long organisationId, boolean confirm, Long personId, Instant now) {
		checkEditable();
		for (int i = 0; i < partners.size(); i++) {
			if (partners.get(i).organisationId().equals(organisationId)) {
				partners.set(i, new Partner(organisationId, confirm ? PartnerStatus.CONFIRMED : PartnerStatus.DECLINED,
						personId, now));
				return;
			}
		}
		throw new DomainRuleException(null, "Your organisation is not a partner in this proposal");
	}

	List<Missing> missingForSubmission(FundingCall call) {
		List<Missing> missing = new ArrayList<>();
		if (themeId == null) {
			missing.add(new Missing("themeId", "Choose a theme"));
		}
		if (aims == null) {
			missing.add(new Missing("aims", "Describe the aims"));
		}
		if (outcomes == null) {
			missing.add(new Missing("outcomes", "Set out the outcomes the partners commit to"));
		}
		if (validatorOrganisation == null || validatorContactName == null || validatorContactEmail == null) {
			missing.add(new Missing("validator", "Name the external organisation that will validate the outcomes, and its contact"));
		}
		if (practitioners.isEmpty()) {
			missing.add(new Missing("practitioners", "Name the practitioners involved and the release days each provider commits"));
		}
		if (budgetLines.isEmpty()) {
			missing.add(new Missing("budget", "Add at least one budget line"));
		}
		long pending = partners.stream().filter(partner -> partner.status() == PartnerStatus.INVITED).count();
		if (pending > 0) {
			missing.add(new Missing("partners", pending + " partner organisation" + (pending == 1 ? " has" : "s have")
					+ " not yet confirmed"));
		}
		long total = budgetTotal();
		if (total > call.budgetPerProject()) {
			missing.add(new Missing("budget", "The budget totals " + pounds(total) + ", more than the "
					+ pounds(call.budgetPerProject()) + " this call funds for each project: reduce it by "
					+ pounds(total - call.budgetPerProject())));
		}
		Set<Long> writing = writingOrganisationIds();
		if (budgetLines.stream().anyMatch(line -> !writing.contains(line.organisationId()))) {
			missing.add(new Missing("budget", "Some budget lines name a partner that has not confirmed its part"));
		}
		long confirmed = confirmedPartnerIds().size();
		if (confirmed < call.minimumPartners()) {
			missing.add(new Missing("partners", "This call needs at least " + call.minimumPartners()
					+ " confirmed partner organisations besides the lead; " + confirmed + " confirmed"));
		}
		return missing;
	}

	void submit(FundingCall call, Long personId, String snapshot, Instant now) {
		call.checkOpen(now);
		if (status != ProposalStatus.DRAFT) {
			throw new DomainRuleException(null, "This proposal has already been submitted");
		}
		List<Missing> missing = missingForSubmission(call);
		if (!missing.isEmpty()) {
			throw new ProposalIncompleteException(missing);
		}
		submissions.add(new Submission(personId, now, null, null, snapshot));
		status = ProposalStatus.SUBMITTED;
	}

	/** Before the deadline only; the submitted text and the withdrawal stay in the trace. */
	void withdraw(FundingCall call, Long personId, Instant now) {
		if (status != ProposalStatus.SUBMITTED) {
			throw new DomainRuleException(null, "Only a submitted proposal can be withdrawn");
		}
		if (!call.isOpen(now)) {
			throw new DomainRuleException(null, "The call has closed: a submitted proposal can no longer be withdrawn");
		}
		Submission last = submissions.get(submissions.size() - 1);
		submissions.set(submissions.size() - 1,
				new Submission(last.submittedBy(), last.submittedAt(), personId, now, last.snapshot()));
		status = ProposalStatus.DRAFT;
	}

	void moderate(BigDecimal score, String reason, Long managerId, Instant now) {
		checkSubmittedAndUndecided();
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleException("reason", "Record the reason for the moderated score");
		}
		moderatedScore = score;
		moderationReason = reason.strip();
		moderatedBy = managerId;
		moderatedAt = now;
	}

	void decide(Decision outcome, String newFeedback, Long managerId, Instant now) {
		checkSubmittedAndUndecided();
		decision = outcome;
		feedback = blankToNull(newFeedback);
		decidedBy = managerId;
		decidedAt = now;
	}

	void releaseDecision(Instant now) {
		decisionReleasedAt = now;
	}

	/**
	 * After the decisions are released, a funded proposal withdraws (its lead or the manager says why).
	 * The decision stays in the record; the place it held goes back to the call's capacity.
	 */
	void withdrawFunding(String reason, Long personId, Instant now) {
		if (decisionReleasedAt == null || decision != Decision.FUND) {
			throw new DomainRuleException(null, "Only a funded proposal, once its decision is released, can withdraw from its funding");
		}
		if (fundingWithdrawnAt != null) {
			throw new DomainRuleException(null, "This proposal has already withdrawn from its funding");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleException("reason", "Give the reason for withdrawing");
		}
		fundingWithdrawnAt = now;
		fundingWithdrawnBy = personId;
		fundingWithdrawalReason = reason.strip();
	}

	/** A proposal held in reserve is funded after the release, in a place a withdrawal left. */
	void promote(Long managerId, Instant now) {
		if (decisionReleasedAt == null) {
			throw new DomainRuleException(null, "Reserves are promoted once the decisions are released; until then change the decision");
		}
		if (decision != Decision.RESERVE || fundingWithdrawnAt != null) {
			throw new DomainRuleException(null, "Only a proposal held in reserve can be promoted");
		}
		decision = Decision.FUND;
		promotedAt = now;
		promotedBy = managerId;
	}

	/** Funded and still going ahead: it takes one of the call's places. */
	boolean holdsFunding() {
		return decision == Decision.FUND && fundingWithdrawnAt == null;
	}

	private void checkSubmittedAndUndecided() {
		if (status != ProposalStatus.SUBMITTED) {
			throw new DomainRuleException(null, "Only a submitted proposal can be moderated or decided");
		}
		if (decisionReleasedAt != null) {
			throw new DomainRuleException(null, "The decision has been released and cannot change");
		}
	}

	void checkEditable() {
		if (status != ProposalStatus.DRAFT) {
			throw new DomainRuleException(null, "A submitted proposal is a record and cannot be edited; withdraw it first (before the deadline)");
		}
	}

	private static void checkVersion(int current, int expected) {
		if (current != expected) {
			throw new SectionConflictException();
		}
	}

	private static void checkIndex(int index, int size) {
		if (index < 0 || index >= size) {
			throw new DomainRuleException(null, "That line is no longer there: someone may have removed it already");
		}
	}

	private void edited(Long personId, Instant now) {
		lastEditedBy = personId;
		lastEditedAt = now;
	}

	/** The lead and every partner named, whatever their answer: all count for conflicts of interest. */
	Set<Long> organisationIds() {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(leadOrganisationId);
		partners.forEach(partner -> ids.add(partner.organisationId()));
		return ids;
	}

	/** Where practitioners may come from: the lead and every partner that has not declined. */
	Set<Long> practitionerOrganisationIds() {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(leadOrganisationId);
		partners.stream().filter(p -> p.status() != PartnerStatus.DECLINED).forEach(p -> ids.add(p.organisationId()));
		return ids;
	}

	List<Long> confirmedPartnerIds() {
		return partners.stream().filter(p -> p.status() == PartnerStatus.CONFIRMED).map(Partner::organisationId).toList();
	}

	/** Who may co-write: the lead organisation and the partners that confirmed. */
	Set<Long> writingOrganisationIds() {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(leadOrganisationId);
		ids.addAll(confirmedPartnerIds());
		return ids;
	}

	long budgetTotal() {
		return budgetLines.stream().mapToLong(BudgetLine::amount).sum();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String pounds(long amount) {
		return "\u00a3" + String.format(java.util.Locale.UK, "%,d", amount);
	}

	Long id() { return id; }
	Long callId() { return callId; }
	Long leadOrganisationId() { return leadOrganisationId; }
	Long leadPersonId() { return leadPersonId; }
	String title() { return title; }
	Long themeId() { return themeId; }
	String aims() { return aims; }
	String outcomes() { return outcomes; }
	String validatorOrganisation() { return validatorOrganisation; }
	String validatorContactName() { return validatorContactName; }
	String validatorContactEmail() { return validatorContactEmail; }
	ProposalStatus status() { return status; }
	int detailsVersion() { return detailsVersion; }
	int validatorVersion() { return validatorVersion; }
	Long lastEditedBy() { return lastEditedBy; }
	Instant lastEditedAt() { return lastEditedAt; }
	BigDecimal moderatedScore() { return moderatedScore; }
	String moderationReason() { return moderationReason; }
	Decision decision() { return decision; }
	String feedback() { return feedback; }
	Instant decisionReleasedAt() { return decisionReleasedAt; }
	Instant fundingWithdrawnAt() { return fundingWithdrawnAt; }
	String fundingWithdrawalReason() { return fundingWithdrawalReason; }
	Instant promotedAt() { return promotedAt; }
	List<Partner> partners() { return List.copyOf(partners); }
	List<Practitioner> practitioners() { return List.copyOf(practitioners); }
	List<BudgetLine> budgetLines() { return List.copyOf(budgetLines); }
	List<Submission> submissions() { return List.copyOf(submissions); }

	@Embeddable
	record Partner(Long organisationId, @Enumerated(EnumType.STRING) PartnerStatus status, Long respondedBy, Instant respondedAt) {
	}

	@Embeddable
	record Practitioner(String name, String email, Long organisationId, int releaseDays) {
	}

	@Embeddable
	record BudgetLine(String description, long amount, @jakarta.persistence.Column(name = "partner_organisation_id") Long organisationId,
			@Enumerated(EnumType.STRING) BudgetCategory category) {
	}

	@Embeddable
	record Submission(Long submittedBy, Instant submittedAt, Long withdrawnBy, Instant withdrawnAt, String snapshot) {
	}
}

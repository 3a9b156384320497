package org.practiceexchange.call;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.practiceexchange.TestClock;
import org.springframework.beans.factory.ObjectProvider;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * Calls, partnerships and proposals for tests, in the domain's words, built through the module's own
 * services: {@code fixtures.anOpenCall()}, {@code fixtures.aPartnership()},
 * {@code fixtures.aCompleteProposal(partnership, call)}.
 */
@Component
class CallFixtures {

	static final String CRITERIA = "Quality of the plan | 60\nValue for money | 40";

	private final CallService calls;

	private final ProposalService proposals;

	private final ReviewService reviews;

	private final AccountFixtures accounts;

	private final ProgrammeFixtures programmes;

	private final ObjectProvider<TestClock> clocks;

	private final ProposalAttachments attachments;

	CallFixtures(CallService calls, ProposalService proposals, ReviewService reviews, AccountFixtures accounts,
			ProgrammeFixtures programmes, ObjectProvider<TestClock> clocks, ProposalAttachments attachments) {
		this.attachments = attachments;
		this.calls = calls;
		this.proposals = proposals;
		this.reviews = reviews;
		this.accounts = accounts;
		this.programmes = programmes;
		// Only integration tests have the settable clock; other contexts that scan the test sources do not.
		this.clocks = clocks;
	}

	/** A lead provider and two partners, each with a provider lead. */
	record Partnership(OrganisationSummary leadOrganisation, SignedInPerson lead, List<OrganisationSummary> partners,
			List<SignedInPerson> partnerLeads) {

		List<Long> partnerIds() {
			return partners.stream().map(OrganisationSummary::id).toList();
		}
	}

	CallView anOpenCall() {
		return anOpenCall(2, 2);
	}

	/** Published, opened a day ago, closing in a week. */
	CallView anOpenCall(int minimumPartners, int capacity) {
		Instant now = clocks.getObject().instant();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		CallView call = calls.create(new CallForm(programme.id(), null, AccountFixtures.unique("Call"),
				"A call for tests", "Providers", null, minimumPartners, capacity, 30000L, 5,
				london(now.minus(Duration.ofDays(1))), london(now.plus(Duration.ofDays(7))), CRITERIA));
		return calls.publish(call.id());
	}

	/** Published and open, as {@link #anOpenCall(int, int)}, naming an open cohort of its programme for its projects. */
	CallView anOpenCallWithACohort(int minimumPartners, int capacity) {
		Instant now = clocks.getObject().instant();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		Long cohortId = programmes.anOpenCohort(programme.id(), null).id();
		CallView call = calls.create(new CallForm(programme.id(), cohortId, AccountFixtures.unique("Call"),
				"A call for tests", "Providers", null, minimumPartners, capacity, 30000L, 5,
				london(now.minus(Duration.ofDays(1))), london(now.plus(Duration.ofDays(7))), CRITERIA));
		return calls.publish(call.id());
	}

	/** Published and open (a day ago, for a week), in the given programme, naming the given cohort. */
	CallView anOpenCallIn(Long programmeId, Long cohortId, int capacity) {
		Instant now = clocks.getObject().instant();
		CallView call = calls.create(new CallForm(programmeId, cohortId, AccountFixtures.unique("Call"),
				"A call for tests", "Providers", null, 2, capacity, 30000L, 5,
				london(now.minus(Duration.ofDays(1))), london(now.plus(Duration.ofDays(7))), CRITERIA));
		return calls.publish(call.id());
	}

	/** Published, opening in a week and closing in a fortnight. */
	CallView anUpcomingCall() {
		Instant now = clocks.getObject().instant();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		CallView call = calls.create(new CallForm(programme.id(), null, AccountFixtures.unique("Upcoming call"),
				"A call for tests", "Providers", null, 2, 2, 30000L, 5, london(now.plus(Duration.ofDays(7))),
				london(now.plus(Duration.ofDays(14))), CRITERIA));
		return calls.publish(call.id());
	}

	CallView aDraftCall() {
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		Instant now = clocks.getObject().instant();
		return calls.create(new CallForm(programme.id(), null, AccountFixtures.unique("Draft call"), "Not yet published",
				null, null, 2, 2, 30000L, 5, london(now), london(now.plus(Duration.ofDays(7))), CRITERIA));
	}

	/** Moves the clock past the call's deadline (the clock goes back after the test). */
	void pastTheDeadlineOf(CallView call) {
		clocks.getObject().setInstant(call.closesAt().plus(Duration.ofMinutes(1)));
	}

	Partnership aPartnership() {
		OrganisationSummary lead = accounts.anOrganisation();
		OrganisationSummary first = accounts.anOrganisation();
		OrganisationSummary second = accounts.anOrganisation();
		return new Partnership(lead, accounts.aPerson(Role.PROVIDER_LEAD, lead), List.of(first, second),
				List.of(accounts.aPerson(Role.PROVIDER_LEAD, first), accounts.aPerson(Role.PROVIDER_LEAD, second)));
	}

	Long aDraft(Partnership partnership, CallView call) {
		return proposals.start(partnership.lead(), call.id(),
				new ProposalForms.Start(AccountFixtures.unique("Proposal"), partnership.partnerIds(), null));
	}

	/** Every section filled in and every partner confirmed: ready to submit. */
	Long aCompleteProposal(Partnership partnership, CallView call) {
		Long id = aDraft(partnership, call);
		completeWithoutConfirmations(partnership, id);
		for (int i = 0; i < partnership.partners().size(); i++) {
			proposals.respond(partnership.partnerLeads().get(i), id, partnership.partners().get(i).id(), true);
		}
		return id;
	}

	void completeWithoutConfirmations(Partnership partnership, Long id) {
		SignedInPerson lead = partnership.lead();
		ProposalView view = proposals.view(lead, id);
		proposals.editDetails(lead, id, new ProposalForms.Details(view.title(), programmes.themeId("Maths"),
				"Improve maths teaching together", "Each partner trials a change and reports", view.detailsVersion()));
		proposals.editValidator(lead, id, new ProposalForms.Validator("University of Somewhere", "Val Idator",
				AccountFixtures.unique("validator") + "@example.org", view.validatorVersion()));
		proposals.addPractitioner(lead, id, new ProposalForms.NewPractitioner("Pat Practitioner",
				AccountFixtures.unique("pat") + "@example.org", partnership.leadOrganisation().id(), 5));
		proposals.addBudgetLine(lead, id, new ProposalForms.NewBudgetLine("Release time", 20000L,
				partnership.leadOrganisation().id(), BudgetCategory.STAFF_TIME));
	}

	/** A one-page PDF letter of support attached to a draft by one of its writers; its id. */
	Long attach(SignedInPerson writer, Long proposalId, String fileName) {
		byte[] pdf = org.practiceexchange.resource.ResourceFixtures.pdf("Letter of support", "We support this proposal.");
		return attachments.add(writer, proposalId, new org.springframework.mock.web.MockMultipartFile("file", fileName,
				"application/pdf", pdf)).id();
	}

	/** A submitted proposal carrying one attachment; the attachment's id is in the returned pair. */
	Long[] aSubmittedProposalWithAnAttachment(Partnership partnership, CallView call) {
		Long id = aCompleteProposal(partnership, call);
		Long attachment = attach(partnership.lead(), id, "letter-of-support.pdf");
		proposals.submit(partnership.lead(), id);
		return new Long[] { id, attachment };
	}

	Long aSubmittedProposal(Partnership partnership, CallView call) {
		Long id = aCompleteProposal(partnership, call);
		proposals.submit(partnership.lead(), id);
		return id;
	}

	SignedInPerson aReviewer(OrganisationSummary... memberOf) {
		return accounts.aPerson(Role.REVIEWER, memberOf.length == 0 ? new OrganisationSummary[] { accounts.anOrganisation() } : memberOf);
	}

	/** Assigns the reviewer (as the given manager) and returns the assignment's id. */
	Long assign(SignedInPerson manager, Long proposalId, SignedInPerson reviewer) {
		reviews.assign(manager.id(), proposalId, reviewer.id());
		return reviews.mine(reviewer).stream().filter(a -> a.proposalId().equals(proposalId)).findFirst().orElseThrow().id();
	}

	void review(SignedInPerson reviewer, Long assignmentId, Integer... scores) {
		reviews.submit(reviewer, assignmentId, new ProposalForms.Review(Arrays.asList(scores),
				Arrays.stream(scores).map(score -> "Comment on " + score).toList(), Decision.FUND, "Overall"));
	}

	static LocalDateTime london(Instant instant) {
		return LocalDateTime.ofInstant(instant, TimeConfiguration.LONDON).withNano(0);
	}
}

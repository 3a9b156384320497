package org.practiceexchange.call;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: an open joint practice development call with a draft partnership proposal, and a
 * closed call whose proposals have been reviewed and decided (one funded, one in reserve, one not).
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoCalls implements ApplicationRunner {

	private final CallService calls;

	private final CallRepository callRepository;

	private final ProposalService proposals;

	private final ProposalRepository proposalRepository;

	private final ReviewService reviews;

	private final DecisionService decisions;

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue programmes;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	DemoCalls(CallService calls, CallRepository callRepository, ProposalService proposals,
			ProposalRepository proposalRepository, ReviewService reviews, DecisionService decisions, People people,
			Organisations organisations, ProgrammeCatalogue programmes, TransactionTemplate transactions,
			java.time.Clock clock) {
		this.calls = calls;
		this.callRepository = callRepository;
		this.proposals = proposals;
		this.proposalRepository = proposalRepository;
		this.reviews = reviews;
		this.decisions = decisions;
		this.people = people;
		this.organisations = organisations;
		this.programmes = programmes;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<ProgrammeSummary> jpd = programmes.all().stream()
			.filter(p -> p.model() == ProgrammeModel.COLLABORATIVE_JPD).findFirst();
		Optional<PersonSummary> lead = people.findByEmail("lead@demo.test");
		Optional<PersonSummary> reviewer = people.findByEmail("reviewer@demo.test");
		Optional<PersonSummary> manager = people.findByEmail("manager@demo.test");
		if (callRepository.count() > 0 || jpd.isEmpty() || lead.isEmpty() || reviewer.isEmpty() || manager.isEmpty()) {
			return;
		}
		Map<String, Long> orgs = organisations.all().stream()
			.collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id));
		Map<String, Long> themes = programmes.allThemes().stream().collect(Collectors.toMap(ThemeSummary::name, ThemeSummary::id));
		SignedInPerson leadIn = signedIn(lead.get());
		Instant now = clock.instant();

		// A call names a cohort that has not ended: funded projects start in it.
		Long firstRound = jpd.get().cohorts().stream().filter(cohort -> !calls.ended(cohort)).findFirst()
			.map(CohortSummary::id).orElse(null);
		CallView closed = publish(new CallForm(jpd.get().id(), firstRound, "Maths and English partnerships 2026",
				"Funding for partnerships of providers that want to improve the teaching of maths and English together, "
						+ "opening their practice to one another and testing changes across several settings.",
				"Further education and skills providers in England, bidding with at least two partner providers.",
				"Read the programme's description of joint practice development before you bid.",
				2, 1, 30000L, 5, london(now.minus(Duration.ofDays(120))), london(now.plus(Duration.ofHours(1))),
				"Quality of the joint practice development plan | 40\nStrength of the partnership | 30\nOutcomes and external validation | 20\nValue for money | 10"));
		Long funded = submittedProposal(leadIn, closed.id(), "Confidence first: GCSE maths resits across three providers",
				themes.get("Maths"), List.of(orgs.get("Brookfield Adult Learning Service"), orgs.get("Skillbridge Training")), orgs);
		Long reserve = submittedProposal(leadIn, closed.id(), "Reading for vocational learners",
				themes.get("English"), List.of(orgs.get("Harbourside Community School"), orgs.get("Skillbridge Training")), orgs);
		Long declined = submittedProposal(leadIn, closed.id(), "Spelling apps in functional skills",
				themes.get("English"), List.of(orgs.get("Brookfield Adult Learning Service"), orgs.get("Harbourside Community School")), orgs);
		calls.reschedule(closed.id(), now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(20)));
		SignedInPerson reviewerIn = signedIn(reviewer.get());
		review(manager.get().id(), funded, reviewerIn, 5, Decision.FUND);
		review(manager.get().id(), reserve, reviewerIn, 4, Decision.RESERVE);
		review(manager.get().id(), declined, reviewerIn, 2, Decision.DECLINE);
		decisions.moderate(manager.get().id(), reserve, new BigDecimal("3.50"),
				"The panel found the validation plan thinner than the reviewer's score suggests.");
		decisions.decide(manager.get().id(), funded, Decision.FUND,
				"A clear plan with committed partners and a strong validator. Well done.");
		decisions.decide(manager.get().id(), reserve, Decision.RESERVE,
				"A promising idea; the outcomes need sharper measures before it could be funded.");
		decisions.decide(manager.get().id(), declined, Decision.DECLINE,
				"The proposal described a product rather than joint work between the partners.");
		decisions.release(closed.id());

		CallView open = publish(new CallForm(jpd.get().id(), null, "Joint practice development: second round",
				"A second round of funding for providers that work together to improve teaching, learning and assessment "
						+ "on a theme they choose, with an external organisation validating the outcomes.",
				"Further education and skills providers in England, bidding with at least two partner providers.",
				"Read the programme's description of joint practice development before you bid.",
				2, 18, 30000L, 5, london(now.minus(Duration.ofDays(14))),
				london(now.plus(Duration.ofDays(45))).truncatedTo(ChronoUnit.DAYS).withHour(12),
				"Quality of the joint practice development plan | 40\nStrength of the partnership | 30\nOutcomes and external validation | 20\nValue for money | 10"));
		Long draft = proposals.start(leadIn, open.id(), new ProposalForms.Start("Careers guidance that follows the learner",
				List.of(orgs.get("Brookfield Adult Learning Service"), orgs.get("Harbourside Community School")), null));
		proposals.editDetails(leadIn, draft, new ProposalForms.Details("Careers guidance that follows the learner",
				themes.get("Careers education, information and guidance"),
				"Learners moving between school, college and adult learning lose their careers plans on the way.", null, 0));
	}

	private CallView publish(CallForm form) {
		CallView call = calls.create(form);
		return calls.publish(call.id());
	}

	private Long submittedProposal(SignedInPerson lead, Long callId, String title, Long themeId, List<Long> partners,
			Map<String, Long> orgs) {
		Long id = proposals.start(lead, callId, new ProposalForms.Start(title, partners, null));
		proposals.editDetails(lead, id, new ProposalForms.Details(title, themeId,
				"Teachers in each partner try the same change in their own setting and compare what happens.",
				"Each partner runs the change with at least one group, measures it before and after, and shares a short "
						+ "report and a resource for others to reuse.", 0));
		proposals.editValidator(lead, id, new ProposalForms.Validator("University of Midshire", "Dana Fielding",
				"validator@demo.test", 0));
		proposals.addPractitioner(lead, id, new ProposalForms.NewPractitioner("Alex Turner", "practitioner@demo.test",
				orgs.get("Riverside College"), 5));
		proposals.addPractitioner(lead, id, new ProposalForms.NewPractitioner("Ruth Mensah", "colleague@demo.test",
				partners.get(0), 5));
		proposals.addBudgetLine(lead, id, new ProposalForms.NewBudgetLine("Release time for practitioners", 18000L,
				orgs.get("Riverside College"), BudgetCategory.STAFF_TIME));
		proposals.addBudgetLine(lead, id, new ProposalForms.NewBudgetLine("Validation and dissemination", 6000L,
				partners.get(0), BudgetCategory.DISSEMINATION));
		// The demo has no provider leads at the partner organisations, so their confirmations are recorded directly.
		transactions.executeWithoutResult(status -> {
			Proposal proposal = proposalRepository.findById(id).orElseThrow();
			partners.forEach(partner -> proposal.respond(partner, true, null, clock.instant()));
		});
		proposals.submit(lead, id);
		return id;
	}

	private void review(Long managerId, Long proposalId, SignedInPerson reviewer, int score, Decision recommendation) {
		reviews.assign(managerId, proposalId, reviewer.id());
		Long assignment = reviews.mine(reviewer).stream().filter(a -> a.proposalId().equals(proposalId)).findFirst()
			.orElseThrow().id();
		reviews.submit(reviewer, assignment, new ProposalForms.Review(List.of(score, score, Math.max(1, score - 1), score),
				List.of("The plan is described clearly.", "The partners each have a defined part.",
						"The validator's role is stated.", "The costs match the activity."),
				recommendation, "Scored against the published criteria."));
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(), null,
				false, true);
	}

	private static LocalDateTime london(Instant instant) {
		return LocalDateTime.ofInstant(instant, TimeConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
	}
}

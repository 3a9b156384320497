package org.practiceexchange.synthesis;

import java.util.EnumSet;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.BetterWhen;
import org.practiceexchange.inquiry.MeasureKind;
import org.practiceexchange.inquiry.MeasuredInquiryFixtures;
import org.practiceexchange.inquiry.MeasuredInquiryFixtures.Lessons;
import org.practiceexchange.inquiry.MeasuredInquiryFixtures.Measured;
import org.practiceexchange.organisation.OrganisationForm;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.organisation.Region;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectRecordFixtures;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.resource.OutputReachFixtures;
import org.springframework.stereotype.Component;

/**
 * A programme whose figures are known by hand (see {@link SynthesisFiguresTests} for the sums), and
 * syntheses with quotes for the page and access tests.
 */
@Component
class SynthesisFixtures {

	/** The known world: a programme with two cohorts, a theme that reaches one project outside it. */
	record World(ProgrammeSummary programme, CohortSummary firstCohort, CohortSummary secondCohort, Long theme,
			SignedInPerson p1, SignedInPerson p2, SignedInPerson p3, SignedInPerson p4, Long completedInquiry) {
	}

	/**
	 * A small programme for quoting: one project on a theme whose practitioner has completed an
	 * inquiry, a colleague in it who has not, and a draft synthesis with the first one's content
	 * lessons asked for.
	 */
	record Quoted(Long programme, Long cohort, Long theme, SignedInPerson practitioner, SignedInPerson colleague,
			Long inquiry, Long synthesis, Long quote, SignedInPerson manager) {
	}

	static final Lessons LESSONS = new Lessons("Recipes gave fractions a purpose", "Weekly cycles kept it going",
			"Share the task bank");

	private final ProgrammeFixtures programmes;

	private final ProjectRecordFixtures projects;

	private final MeasuredInquiryFixtures inquiries;

	private final OutputReachFixtures outputs;

	private final AccountFixtures accounts;

	private final Organisations organisations;

	private final SynthesisService syntheses;

	private final QuoteService quotes;

	SynthesisFixtures(ProgrammeFixtures programmes, ProjectRecordFixtures projects, MeasuredInquiryFixtures inquiries,
			OutputReachFixtures outputs, AccountFixtures accounts, Organisations organisations, SynthesisService syntheses,
			QuoteService quotes) {
		this.programmes = programmes;
		this.projects = projects;
		this.inquiries = inquiries;
		this.outputs = outputs;
		this.accounts = accounts;
		this.organisations = organisations;
		this.syntheses = syntheses;
		this.quotes = quotes;
	}

	World aWorld() {
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary first = programmes.aCohort(programme.id(), 20);
		CohortSummary second = programmes.aCohort(programme.id(), 20);
		ProgrammeSummary elsewhere = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary outside = programmes.aCohort(elsewhere.id(), 20);
		Long theme = programmes.aTheme();

		OrganisationSummary a = organisation(Region.LONDON);
		OrganisationSummary b = organisation(Region.NORTH_WEST);
		OrganisationSummary c = organisation(Region.LONDON);
		OrganisationSummary d = organisation(Region.WALES);
		SignedInPerson p1 = accounts.aPerson(Role.PRACTITIONER, a);
		SignedInPerson p2 = accounts.aPerson(Role.PRACTITIONER, b);
		SignedInPerson p3 = accounts.aPerson(Role.PRACTITIONER, c);
		SignedInPerson p4 = accounts.aPerson(Role.PRACTITIONER, d);

		ProjectSummary one = projects.aProject(first.id(), theme, a, List.of(b));
		projects.addMember(one.id(), p1, a);
		projects.addMember(one.id(), p2, b);
		ProjectSummary two = projects.aProject(second.id(), null, c, List.of(a));
		projects.addMember(two.id(), p3, c);
		projects.addMember(two.id(), p1, a);
		ProjectSummary three = projects.aProject(outside.id(), theme, d, List.of());
		projects.addMember(three.id(), p4, d);

		Long i1 = inquiries.anInquiry(one.id(), p1, "Inquiry one", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "4", "7"),
				new Measured(MeasureKind.COUNT, BetterWhen.LOWER, "10", "6"),
				new Measured(MeasureKind.PERCENTAGE, BetterWhen.HIGHER, "50", "45")), LESSONS);
		inquiries.anInquiry(one.id(), p2, "Inquiry two", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "10", "9"),
				new Measured(MeasureKind.NUMBER, BetterWhen.LOWER, "8", "5"),
				new Measured(MeasureKind.RATING_SCALE, BetterWhen.HIGHER, "3", "5")), LESSONS);
		inquiries.anInquiry(two.id(), p3, "Inquiry three", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "2", "2.5"),
				new Measured(MeasureKind.COUNT, BetterWhen.LOWER, "5", "7"),
				new Measured(MeasureKind.PERCENTAGE, BetterWhen.HIGHER, "30", null)), null);
		inquiries.anInquiry(two.id(), p1, "Inquiry four", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "1", "5"),
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "6", "8")), LESSONS);
		inquiries.anInquiry(three.id(), p4, "Inquiry five", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "0", "1")), LESSONS);

		projects.commit(one.id(), p1.id(), "6");
		projects.use(one.id(), p1, "1.5");
		projects.use(one.id(), p1, "2");
		projects.commit(one.id(), p2.id(), "5");
		projects.use(one.id(), p2, "0.5");
		projects.commit(two.id(), p3.id(), "4");
		projects.use(two.id(), p3, "1");
		projects.commit(three.id(), p4.id(), "7");
		projects.use(three.id(), p4, "3");

		Long o1 = outputs.anOutput(p1, one.id(), List.of(theme), true);
		outputs.anOutput(p2, one.id(), List.of(theme), false);
		Long o3 = outputs.anOutput(p3, two.id(), List.of(theme), true);
		Long o4 = outputs.anOutput(p4, three.id(), List.of(theme), true);
		outputs.shared(p1, o1, 20);
		outputs.shared(p2, o1, 15);
		outputs.shared(p3, o3, 7);
		outputs.shared(p4, o4, 100);
		return new World(programme, first, second, theme, p1, p2, p3, p4, i1);
	}

	Long anEmptyProgramme() {
		return programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id();
	}

	Quoted aQuotedSynthesis() {
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary cohort = programmes.aCohort(programme.id(), 20);
		Long theme = programmes.aTheme();
		OrganisationSummary college = organisation(Region.SOUTH_WEST);
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, college);
		SignedInPerson colleague = accounts.aPerson(Role.PRACTITIONER, college);
		ProjectSummary project = projects.aProject(cohort.id(), theme, college, List.of());
		projects.addMember(project.id(), practitioner, college);
		projects.addMember(project.id(), colleague, college);
		Long inquiry = inquiries.anInquiry(project.id(), practitioner, "Fractions through recipes", List.of(
				new Measured(MeasureKind.NUMBER, BetterWhen.HIGHER, "4", "7")), LESSONS);
		SignedInPerson manager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		Long id = syntheses.create(manager, new SynthesisForms.Create("PROGRAMME-" + programme.id(),
				AccountFixtures.unique("Synthesis"))).id();
		Long quote = quotes.choose(id, manager, new SynthesisForms.Choose(inquiry, Lesson.CONTENT, null));
		return new Quoted(programme.id(), cohort.id(), theme, practitioner, colleague, inquiry, id, quote, manager);
	}

	private OrganisationSummary organisation(Region region) {
		return organisations.create(new OrganisationForm(AccountFixtures.unique("College"), OrganisationType.FE_COLLEGE, region));
	}
}

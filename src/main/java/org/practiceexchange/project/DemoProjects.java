package org.practiceexchange.project;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a running practitioner research group at Riverside College with its facilitator
 * and mentor, and an exchange group led by Brookfield Adult Learning Service. Sessions are placed
 * around today so the schedule, milestone board and calendar feeds have something to show.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoProjects implements ApplicationRunner {

	static final String RESEARCH_GROUP = "Confidence with numbers in vocational courses";

	static final String EXCHANGE_GROUP = "ESOL learners and everyday maths: an exchange group";

	private final ProjectRepository repository;

	private final ProjectService projects;

	private final SessionService sessions;

	private final ReleaseSupport releaseSupport;

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue catalogue;

	private final Clock clock;

	DemoProjects(ProjectRepository repository, ProjectService projects, SessionService sessions,
			ReleaseSupport releaseSupport, People people, Organisations organisations, ProgrammeCatalogue catalogue,
			Clock clock) {
		this.repository = repository;
		this.projects = projects;
		this.sessions = sessions;
		this.releaseSupport = releaseSupport;
		this.people = people;
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> practitioner = people.findByEmail("practitioner@demo.test");
		if (repository.count() > 0 || practitioner.isEmpty()) {
			return;
		}
		PersonSummary colleague = person("colleague@demo.test");
		PersonSummary facilitator = person("facilitator@demo.test");
		PersonSummary mentor = person("mentor@demo.test");
		PersonSummary lead = person("lead@demo.test");
		Long riverside = organisation("Riverside College");
		Long northgate = organisation("Northgate Sixth Form College");
		Long brookfield = organisation("Brookfield Adult Learning Service");
		Long skillbridge = organisation("Skillbridge Training");

		ProjectSummary research = projects.create(new ProjectForm(cohort("Practitioner research programme", "2024/25 cohort"),
				ProjectKind.RESEARCH_PROJECT, RESEARCH_GROUP,
				"Practitioners in engineering, construction and care courses look at how learners use numbers in practical "
						+ "tasks, and try short, regular number routines inside vocational lessons.",
				theme("Maths"), facilitator.id(), mentor.id(), riverside, List.of(northgate), ProjectStatus.RUNNING, false));
		projects.addMember(research.id(), new MemberForm(practitioner.get().id(), riverside,
				"Measurement and estimation in level 2 construction workshops"));
		schedule(research.id(), "Riverside College, Room T12");
		SignedInPerson asLead = signedIn(lead);
		releaseSupport.commit(research.id(), asLead, new ReleaseForms.Commit(practitioner.get().id(), "6", null));
		SignedInPerson asPractitioner = signedIn(practitioner.get());
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		releaseSupport.logUse(research.id(), asPractitioner, new ReleaseForms.Use(today.minusWeeks(5), "1", "Methodology session 1"));
		releaseSupport.logUse(research.id(), asPractitioner, new ReleaseForms.Use(today.minusWeeks(3), "1.5", "Baseline observations and learner survey"));
		releaseSupport.recordContact(research.id(), signedIn(mentor), new SupportForm(practitioner.get().id(),
				SupportContact.Kind.VISIT, today.minusWeeks(2), "90",
				"Visited the workshop; agreed to narrow the plan to two routines and to keep the same survey for the re-audit."));
		releaseSupport.recordContact(research.id(), signedIn(mentor), new SupportForm(practitioner.get().id(),
				SupportContact.Kind.EMAIL, today.minusDays(4), "15", "Sent a short reading on retrieval practice and an example log entry."));
		SignedInPerson asFacilitator = signedIn(facilitator);
		sessions.sessionsOf(research.id()).stream().filter(s -> s.startsAt().isBefore(clock.instant()))
			.forEach(s -> sessions.recordAttendance(research.id(), s.id(), asFacilitator, java.util.Set.of(practitioner.get().id())));
		sessions.board(research).milestones().stream().limit(2)
			.forEach(m -> sessions.markMilestone(research.id(), m.id(), practitioner.get().id(), true, asPractitioner));

		ProjectSummary exchange = projects.create(new ProjectForm(cohort("West Midlands professional exchange", "Second wave"),
				ProjectKind.EXCHANGE_GROUP, EXCHANGE_GROUP,
				"Tutors from adult and community learning and a training provider swap approaches to teaching everyday maths "
						+ "to learners of English, and keep meeting as a community of practice.",
				theme("ESOL"), facilitator.id(), null, brookfield, List.of(skillbridge), ProjectStatus.RUNNING, true));
		projects.addMember(exchange.id(), new MemberForm(colleague.id(), brookfield, "Reading timetables and bills in entry-level ESOL"));
		schedule(exchange.id(), "Brookfield Adult Learning Service, Mill Street centre");
	}

	/** Sessions around today: methodology behind us, the review and evaluation ahead. */
	private void schedule(Long projectId, String venue) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		add(projectId, SessionKind.METHODOLOGY, "Methodology session 1: the action-research cycle", monday.minusWeeks(5).plusDays(1), 10, venue);
		add(projectId, SessionKind.METHODOLOGY, "Methodology session 2: measures and baseline evidence", monday.minusWeeks(3).plusDays(1), 10, "Online");
		add(projectId, SessionKind.PLAN_VISIT, "Visit to refine each action plan", monday.minusWeeks(2).plusDays(3), 13, "Each practitioner's own setting");
		add(projectId, SessionKind.MIDWAY_REVIEW, "Mid-way review", monday.plusWeeks(4).plusDays(2), 14, "Online");
		add(projectId, SessionKind.EVALUATION, "End-of-project evaluation", monday.plusWeeks(20).plusDays(1), 10, venue);
		List.of(new Object[] { "Baseline audit recorded", monday.minusWeeks(2) },
				new Object[] { "Action plan agreed with the mentor", monday.minusWeeks(1) },
				new Object[] { "Intervention under way, log started", monday.plusWeeks(3) },
				new Object[] { "Re-audit recorded", monday.plusWeeks(16) },
				new Object[] { "Evaluation written", monday.plusWeeks(19) })
			.forEach(m -> sessions.addMilestone(projectId, (String) m[0], (LocalDate) m[1]));
	}

	private void add(Long projectId, SessionKind kind, String title, LocalDate date, int hour, String place) {
		boolean online = "Online".equals(place);
		sessions.addSession(projectId, new SessionForm(kind, title, date, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 30),
				online ? null : place, online ? "https://meet.example.org/practice-exchange" : null));
	}

	private PersonSummary person(String email) {
		return people.findByEmail(email).orElseThrow();
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(), null,
				false, true);
	}

	private Long organisation(String name) {
		return organisations.all().stream().filter(o -> o.name().equals(name)).map(OrganisationSummary::id).findFirst().orElseThrow();
	}

	private Long cohort(String programmeName, String cohortName) {
		ProgrammeSummary programme = catalogue.all().stream().filter(p -> p.name().equals(programmeName)).findFirst().orElseThrow();
		return programme.cohorts().stream().filter(c -> c.name().equals(cohortName)).map(CohortSummary::id).findFirst().orElseThrow();
	}

	private Long theme(String name) {
		return catalogue.allThemes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
	}
}

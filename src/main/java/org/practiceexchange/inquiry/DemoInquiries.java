package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo practitioner's inquiry part-way through (measures, a revised plan with
 * the mentor's comment, log entries) and the colleague's inquiry at its audit.
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoInquiries implements ApplicationRunner {

	private final InquiryRepository repository;

	private final InquiryService inquiries;

	private final Projects projects;

	private final People people;

	private final Clock clock;

	DemoInquiries(InquiryRepository repository, InquiryService inquiries, Projects projects, People people, Clock clock) {
		this.repository = repository;
		this.inquiries = inquiries;
		this.projects = projects;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> practitioner = people.findByEmail("practitioner@demo.test");
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		Optional<PersonSummary> mentor = people.findByEmail("mentor@demo.test");
		if (repository.count() > 0 || practitioner.isEmpty() || colleague.isEmpty() || mentor.isEmpty()) {
			return;
		}
		List<ProjectSummary> ownProjects = projects.involving(practitioner.get().id());
		List<ProjectSummary> colleagueProjects = projects.involving(colleague.get().id());
		if (ownProjects.isEmpty() || colleagueProjects.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		SignedInPerson alex = signedIn(practitioner.get());
		Long id = inquiries.start(ownProjects.get(0).id(), alex,
				new InquiryForms.Start("Short number routines at the start of construction workshops")).id();
		inquiries.addMeasure(id, alex, new InquiryForms.NewMeasure("Estimates of length within 10%", "%",
				MeasureKind.PERCENTAGE, null, null, BigDecimal.valueOf(35),
				"Estimation task in three workshop groups, marked against measured lengths."));
		inquiries.addMeasure(id, alex, new InquiryForms.NewMeasure("Confidence with measuring (self-rating)", "points",
				MeasureKind.RATING_SCALE, BigDecimal.ONE, BigDecimal.valueOf(5), new BigDecimal("2.4"),
				"Anonymous survey, average of 31 responses."));
		inquiries.addMeasure(id, alex, new InquiryForms.NewMeasure("Cuts that needed re-measuring in a session", "cuts",
				MeasureKind.COUNT, null, null, BigDecimal.valueOf(14), "Tally kept by the technician over two weeks.", BetterWhen.LOWER));
		inquiries.advance(id, alex);
		inquiries.revisePlan(id, alex, new InquiryForms.Plan(List.of(
				new InquiryForms.Action("Open each workshop with a five-minute estimation starter", "Alex Turner",
						today.minusWeeks(1), "Starter used in at least 8 of 10 sessions"),
				new InquiryForms.Action("Add a 'measure twice' checkpoint card at each bench", "Alex Turner and the technician",
						today.plusWeeks(2), "Cards in use at every bench"))));
		SignedInPerson priya = signedIn(mentor.get());
		inquiries.comment(id, priya, new InquiryForms.Comment("A clear start. Could the starter link to the day's practical task, "
				+ "so the estimate is checked by measuring in the same session? Also say how you will record its use."));
		inquiries.revisePlan(id, alex, new InquiryForms.Plan(List.of(
				new InquiryForms.Action("Open each workshop with a five-minute estimation starter linked to the day's task",
						"Alex Turner", today.minusWeeks(1), "Starter used in at least 8 of 10 sessions, ticked on the register"),
				new InquiryForms.Action("Add a 'measure twice' checkpoint card at each bench", "Alex Turner and the technician",
						today.plusWeeks(2), "Cards in use at every bench"),
				new InquiryForms.Action("Share the routine with two colleagues in plumbing", "Alex Turner",
						today.plusWeeks(6), "Both colleagues try it at least twice"))));
		inquiries.advance(id, alex);
		inquiries.log(id, alex, new InquiryForms.LogEntry(today.minusDays(9),
				"Ran the first estimation starter with the level 2 group: estimate a timber length, then measure it.",
				"Most estimates were far off at first; the group started checking each other's estimates without prompting."));
		inquiries.log(id, alex, new InquiryForms.LogEntry(today.minusDays(2),
				"Put checkpoint cards on the benches and talked through them with the technician.",
				"Fewer wasted offcuts in the session; two learners asked to keep a card."));

		SignedInPerson ruth = signedIn(colleague.get());
		Long other = inquiries.start(colleagueProjects.get(0).id(), ruth,
				new InquiryForms.Start("Reading bus timetables with entry-level ESOL learners")).id();
		inquiries.addMeasure(other, ruth, new InquiryForms.NewMeasure("Timetable questions answered correctly", "questions out of 10",
				MeasureKind.NUMBER, null, null, new BigDecimal("4.2"), "Group average on a short practical task."));
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(), null,
				false, true);
	}
}

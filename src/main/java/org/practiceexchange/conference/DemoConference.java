package org.practiceexchange.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: last summer's conference (2026) with its published timetable of talks by the demo
 * practitioners and a few registrations, and next year's edition with its call for speakers open.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoConference implements ApplicationRunner {

	private final EditionRepository editions;

	private final ApplicationRepository applications;

	private final SlotRepository slots;

	private final RegistrationRepository registrations;

	private final People people;

	private final Projects projects;

	private final Outputs outputs;

	private final ProgrammeCatalogue catalogue;

	private final Clock clock;

	DemoConference(EditionRepository editions, ApplicationRepository applications, SlotRepository slots,
			RegistrationRepository registrations, People people, Projects projects, Outputs outputs,
			ProgrammeCatalogue catalogue, Clock clock) {
		this.editions = editions;
		this.applications = applications;
		this.slots = slots;
		this.registrations = registrations;
		this.people = people;
		this.projects = projects;
		this.outputs = outputs;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> practitioner = people.findByEmail("practitioner@demo.test");
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		if (editions.count() > 0 || practitioner.isEmpty() || colleague.isEmpty()) {
			return;
		}
		lastYear(practitioner.get(), colleague.get());
		thisYear();
	}

	private void lastYear(PersonSummary alex, PersonSummary ruth) {
		Edition edition = editions.save(new Edition(new ConferenceForms.EditionForm("2026",
				"Practitioner Research Conference 2026",
				"Two days of talks by teachers, trainers and tutors about the changes they tried in their own settings and what the evidence showed.",
				LocalDate.of(2026, 7, 7), LocalDate.of(2026, 7, 8), "Midshire Conference Centre, Midshire", true, "150",
				LocalDate.of(2026, 3, 31)), clock.instant()));
		edition.addRoom("Main hall", 150);
		edition.addRoom("Seminar room 1", 40);
		edition.addRoom("Seminar room 2", 40);
		edition.addStrand("Maths and English");
		edition.addStrand("Teaching and learning");
		edition.publishTimetable(clock.instant());
		edition = editions.saveAndFlush(edition);
		Long id = edition.id();
		Room hall = room(edition, "Main hall");
		Room one = room(edition, "Seminar room 1");
		Room two = room(edition, "Seminar room 2");
		Strand maths = edition.strands().stream().filter(s -> s.name().startsWith("Maths")).findFirst().orElseThrow();
		Strand teaching = edition.strands().stream().filter(s -> s.name().startsWith("Teaching")).findFirst().orElseThrow();
		List<Long> themes = catalogue.activeThemes().stream().limit(1).map(ThemeSummary::id).toList();
		Long alexOutput = firstOutputOf(alex.id());
		TalkApplication fractions = talk(id, alex, "demo:fractions", "Fractions through recipes on vocational courses",
				"Construction and catering learners met fractions in the recipes and measurements of their trade. Correct answers on a short check rose over a term.",
				themes, "Correct answers on the fractions check: 4 to 7 questions", alexOutput);
		TalkApplication esol = talk(id, ruth, "demo:esol", "Everyday maths for ESOL learners",
				"Using bus timetables and shopping receipts as material in ESOL classes, and what learners said about their confidence with numbers.",
				themes, "Learners confident with timetables: 35% to 70%", null);
		TalkApplication feedback = talk(id, alex, "demo:feedback", "Feedback that learners act on",
				"Short written prompts after each assessed task, and how often learners used them in their next piece of work.",
				List.of(), "Tasks showing use of feedback: 3 in 10 to 7 in 10", null);
		LocalDate first = edition.startsOn();
		LocalDate second = edition.endsOn();
		slots.save(new Slot(id, first, LocalTime.of(9, 30), LocalTime.of(10, 15), Slot.Kind.PLENARY,
				"Welcome and opening keynote", null, hall.id(), null, 150));
		slots.save(new Slot(id, first, LocalTime.of(10, 30), LocalTime.of(11, 15), Slot.Kind.TALK, null, maths.id(),
				one.id(), fractions.id(), 40));
		slots.save(new Slot(id, first, LocalTime.of(10, 30), LocalTime.of(11, 15), Slot.Kind.TALK, null, teaching.id(),
				two.id(), esol.id(), 40));
		slots.save(new Slot(id, first, LocalTime.of(12, 30), LocalTime.of(13, 30), Slot.Kind.BREAK, "Lunch", null, null,
				null, null));
		slots.save(new Slot(id, second, LocalTime.of(10, 0), LocalTime.of(10, 45), Slot.Kind.TALK, null, teaching.id(),
				one.id(), feedback.id(), 40));
		slots.save(new Slot(id, second, LocalTime.of(15, 0), LocalTime.of(15, 45), Slot.Kind.PLENARY,
				"What we learned together: closing panel", null, hall.id(), null, 150));
		for (String email : List.of("lead@demo.test", "mentor@demo.test", "facilitator@demo.test", "reviewer@demo.test")) {
			people.findByEmail(email).ifPresent(person -> registrations.save(new Registration(id, person.id(), true,
					clock.instant())));
		}
	}

	private void thisYear() {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		int year = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
		LocalDate starts = LocalDate.of(year, 7, 6);
		LocalDate closes = LocalDate.of(year, 3, 31).isBefore(today) ? today.plusDays(30) : LocalDate.of(year, 3, 31);
		if (!closes.isBefore(starts)) {
			starts = closes.plusDays(60);
		}
		Edition edition = new Edition(new ConferenceForms.EditionForm(String.valueOf(starts.getYear()),
				"Practitioner Research Conference " + starts.getYear(),
				"Our annual conference: practitioners present the inquiries and projects they completed this year. The call for speakers is open.",
				starts, starts.plusDays(1), "Riverside College, Riverside", false, "120", closes), clock.instant());
		edition.addRoom("Lecture theatre", 120);
		edition.addRoom("Room A", 35);
		edition.addRoom("Room B", 35);
		edition.addStrand("Maths and English");
		edition.addStrand("Digital and vocational");
		edition.openCall(today);
		editions.save(edition);
	}

	private TalkApplication talk(Long editionId, PersonSummary speaker, String key, String title, String summary,
			List<Long> themes, String measures, Long outputId) {
		PresentableWork.Work work = new PresentableWork.Work(key, title, summary, themes, List.of(measures), null, null,
				null, outputId == null ? List.of() : List.of(outputId));
		TalkApplication application = new TalkApplication(editionId, speaker.id(), work,
				new ConferenceForms.ApplicationForm(key, title, summary, themes, measures, outputId),
				LocalDate.of(2026, 3, 1).atStartOfDay(TimeConfiguration.LONDON).toInstant());
		application.decide(true, -1L, LocalDate.of(2026, 4, 20).atStartOfDay(TimeConfiguration.LONDON).toInstant());
		return applications.save(application);
	}

	private static Room room(Edition edition, String name) {
		return edition.rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private Long firstOutputOf(Long personId) {
		return projects.involving(personId).stream().map(ProjectSummary::id)
			.flatMap(projectId -> outputs.publishedForProject(projectId).stream()).map(OutputSummary::id).findFirst()
			.orElse(null);
	}
}

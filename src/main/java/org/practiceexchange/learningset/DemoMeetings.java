package org.practiceexchange.learningset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** Demo mode only: a first meeting of the colleague's exchange group, with an action to review next time. */
@Component
@Order(42)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoMeetings implements ApplicationRunner {

	private final SetMeetingRepository repository;

	private final MeetingService meetings;

	private final Projects projects;

	private final People people;

	private final Clock clock;

	DemoMeetings(SetMeetingRepository repository, MeetingService meetings, Projects projects, People people, Clock clock) {
		this.repository = repository;
		this.meetings = meetings;
		this.projects = projects;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		if (repository.count() > 0 || colleague.isEmpty()) {
			return;
		}
		Optional<ProjectSummary> set = projects.involving(colleague.get().id()).stream().filter(MeetingService::meetsAsASet).findFirst();
		if (set.isEmpty()) {
			return;
		}
		PersonSummary ruth = colleague.get();
		SignedInPerson me = new SignedInPerson(ruth.id(), ruth.email(), ruth.name(), ruth.roles(), ruth.organisationIds(), null,
				false, true);
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		meetings.record(set.get().id(), me, new MeetingForm(today.minusWeeks(2), ruth.id(), SetMeeting.TopicKind.PROBLEM,
				"Learners can read single times on a bus timetable but lose their place when changing buses.",
				"Which timetables do learners actually use? Do they plan journeys at home or at the stop?",
				"Use the real local timetable and a journey learners make; try a paper ruler to keep the line; pair learners to plan one journey each.",
				List.of("Bring two local timetables and plan a real journey with the group",
						"Ask learners which journeys they find hardest"),
				Map.of()));
	}
}

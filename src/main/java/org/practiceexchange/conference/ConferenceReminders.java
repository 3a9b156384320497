package org.practiceexchange.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.notification.ReminderSource;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of an upcoming conference: each registered attendee before its first day (the day's
 * first slot, or 9am), and each speaker before their talk.
 */
@Component
@Transactional(readOnly = true)
class ConferenceReminders implements ReminderSource {

	private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

	private final EditionRepository editions;

	private final SlotRepository slots;

	private final RegistrationRepository registrations;

	private final ApplicationRepository applications;

	private final People people;

	ConferenceReminders(EditionRepository editions, SlotRepository slots, RegistrationRepository registrations,
			ApplicationRepository applications, People people) {
		this.editions = editions;
		this.slots = slots;
		this.registrations = registrations;
		this.applications = applications;
		this.people = people;
	}

	@Override
	public List<Upcoming> upcomingBetween(Instant from, Instant to) {
		LocalDate first = from.atZone(TimeConfiguration.LONDON).toLocalDate();
		LocalDate last = to.atZone(TimeConfiguration.LONDON).toLocalDate();
		List<Upcoming> upcoming = new ArrayList<>();
		for (Edition edition : editions.overlapping(first, last)) {
			List<Slot> timetable = slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(edition.id());
			Instant opens = edition.startsOn()
				.atTime(timetable.stream().filter(s -> s.day().equals(edition.startsOn())).map(Slot::startsAt).findFirst()
					.orElse(DEFAULT_START))
				.atZone(TimeConfiguration.LONDON).toInstant();
			List<Registration> attending = registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(edition.id(),
					Registration.Status.REGISTERED);
			Map<Long, TalkApplication> talks = applications.findByEditionIdAndStatus(edition.id(),
					TalkApplication.Status.SELECTED).stream().collect(Collectors.toMap(TalkApplication::id, Function.identity()));
			List<Long> ids = new ArrayList<>(attending.stream().map(Registration::personId).toList());
			talks.values().forEach(t -> ids.add(t.applicantId()));
			Map<Long, PersonSummary> byId = people.findAll(ids.stream().distinct().toList()).stream()
				.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
			String path = "/conferences/" + edition.id();
			if (!opens.isBefore(from) && opens.isBefore(to)) {
				for (Registration registration : attending) {
					PersonSummary person = byId.get(registration.personId());
					if (person != null) {
						upcoming.add(new Upcoming("conference:" + edition.id(), person.email(), "the " + edition.title(),
								opens, path));
					}
				}
			}
			if (!edition.timetablePublished()) {
				continue;
			}
			for (Slot slot : timetable) {
				Instant starts = slot.day().atTime(slot.startsAt()).atZone(TimeConfiguration.LONDON).toInstant();
				TalkApplication talk = slot.applicationId() == null ? null : talks.get(slot.applicationId());
				if (talk == null || starts.isBefore(from) || !starts.isBefore(to)) {
					continue;
				}
				PersonSummary speaker = byId.get(talk.applicantId());
				if (speaker != null) {
					upcoming.add(new Upcoming("conference-talk:" + slot.id(), speaker.email(),
							"your talk \u2018" + talk.title() + "\u2019 at the " + edition.title(), starts, path));
				}
			}
		}
		return upcoming;
	}
}

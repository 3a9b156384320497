package org.practiceexchange.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * Conferences for tests. Editions are one a year, so each fixture edition takes the next free year
 * from 2030 on: always in the future, so registration and the call are open.
 */
@Component
public class ConferenceFixtures {

	private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);

	/** An edition with a hall (100), two seminar rooms (30 each) and two strands. */
	public record Setup(Long id, LocalDate firstDay, Long hall, Long roomOne, Long roomTwo, Long strandA, Long strandB) {
	}

	private final ConferenceService conferences;

	private final EditionRepository editions;

	private final ApplicationRepository applications;

	private final SlotRepository slots;

	private final Clock clock;

	ConferenceFixtures(ConferenceService conferences, EditionRepository editions, ApplicationRepository applications,
			SlotRepository slots, Clock clock) {
		this.clock = clock;
		this.conferences = conferences;
		this.editions = editions;
		this.applications = applications;
		this.slots = slots;
	}

	public Setup anEdition(int capacity) {
		int year = NEXT_YEAR.getAndIncrement();
		LocalDate first = LocalDate.of(year, 7, 6);
		ConferenceViews.EditionView edition = conferences.create(new ConferenceForms.EditionForm(String.valueOf(year),
				AccountFixtures.unique("Conference"), "For tests", first, first.plusDays(1), "Test Centre", false,
				String.valueOf(capacity), LocalDate.of(year, 3, 31)));
		Long id = edition.id();
		conferences.addRoom(id, new ConferenceForms.RoomForm("Hall", "100"));
		conferences.addRoom(id, new ConferenceForms.RoomForm("Room 1", "30"));
		conferences.addRoom(id, new ConferenceForms.RoomForm("Room 2", "30"));
		conferences.addStrand(id, new ConferenceForms.StrandForm("Strand A"));
		conferences.addStrand(id, new ConferenceForms.StrandForm("Strand B"));
		conferences.openCall(id);
		ConferenceViews.EditionView done = conferences.find(id);
		return new Setup(id, first, room(done, "Hall"), room(done, "Room 1"), room(done, "Room 2"),
				done.strands().get(0).id(), done.strands().get(1).id());
	}

	/** A submitted application, as if the person had applied with a completed inquiry. */
	public Long anApplication(Long editionId, SignedInPerson applicant) {
		String title = AccountFixtures.unique("Talk");
		PresentableWork.Work work = new PresentableWork.Work("test:" + title, title, "What changed", List.of(),
				List.of("Attendance: 70% to 85%"), null, null, null, List.of());
		return applications.save(new TalkApplication(editionId, applicant.id(), work,
				new ConferenceForms.ApplicationForm(work.key(), title, "What changed", List.of(), "Attendance: 70% to 85%", null),
				clock.instant())).id();
	}

	public Long aSelectedTalk(Long editionId, SignedInPerson speaker) {
		Long id = anApplication(editionId, speaker);
		TalkApplication application = applications.findById(id).orElseThrow();
		application.decide(true, -1L, clock.instant());
		applications.save(application);
		return id;
	}

	/** A talk in the timetable at this time, in room one and strand A. */
	public Long aScheduledTalk(Setup setup, SignedInPerson speaker, LocalTime from, LocalTime to) {
		Long talk = aSelectedTalk(setup.id(), speaker);
		return conferences.addSlot(setup.id(), new ConferenceForms.SlotForm(setup.firstDay(), from, to, Slot.Kind.TALK,
				null, setup.strandA(), setup.roomOne(), talk, "")).id();
	}

	public void publish(Long editionId) {
		conferences.publish(editionId);
	}

	public int slotCount(Long editionId) {
		return slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(editionId).size();
	}

	public boolean exists(Long editionId) {
		return editions.existsById(editionId);
	}

	private static Long room(ConferenceViews.EditionView edition, String name) {
		return edition.rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
	}
}

package org.practiceexchange.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What the conference's pages and API show. */
final class ConferenceViews {

	private ConferenceViews() {
	}

	/** A choice in a select: the forms fragment reads id() and name(). */
	record Choice(Long id, String name) {
	}

	record RoomView(Long id, String name, int capacity) {
	}

	record StrandView(Long id, String name) {
	}

	/** An edition as everyone may see it. */
	record EditionView(Long id, int year, String title, String summary, LocalDate startsOn, LocalDate endsOn,
			String venue, boolean online, int capacity, LocalDate callClosesOn, boolean callOpen,
			boolean timetablePublished, Edition.Status status, List<RoomView> rooms, List<StrandView> strands) {

		static EditionView of(Edition edition, LocalDate today) {
			return new EditionView(edition.id(), edition.year(), edition.title(), edition.summary(), edition.startsOn(),
					edition.endsOn(), edition.venue(), edition.online(), edition.capacity(), edition.callClosesOn(),
					edition.callOpen(today), edition.timetablePublished(), edition.status(today),
					edition.rooms().stream().map(r -> new RoomView(r.id(), r.name(), r.capacity())).toList(),
					edition.strands().stream().map(s -> new StrandView(s.id(), s.name())).toList());
		}

		public boolean oneDay() {
			return startsOn.equals(endsOn);
		}
	}

	/** A slot with the names behind its ids. */
	record SlotView(Long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, Slot.Kind kind, String title,
			String speaker, Long speakerId, String summary, Long strandId, String strandName, String roomName,
			Integer capacity, Long applicationId, Long outputId, Long reportId) {
	}

	/** One time band of a day: either one slot across every strand, or a slot (or none) per strand. */
	record TimeRow(LocalTime startsAt, LocalTime endsAt, SlotView across, Map<Long, List<SlotView>> byStrand) {

		public List<SlotView> in(Long strandId) {
			return byStrand.getOrDefault(strandId, List.of());
		}

		java.util.stream.Stream<SlotView> all() {
			return across != null ? java.util.stream.Stream.of(across)
					: byStrand.values().stream().flatMap(List::stream);
		}
	}

	record DayView(LocalDate day, List<TimeRow> rows) {
	}

	record ProgrammeView(EditionView edition, List<StrandView> strands, List<DayView> days) {

		public boolean empty() {
			return days.stream().allMatch(day -> day.rows().isEmpty());
		}
	}

	/** An application with its applicant's and reviewers' names. */
	record ApplicationView(Long id, Long editionId, String editionTitle, Long applicantId, String applicant,
			String title, String summary, List<String> themes, List<String> measuresChanged, Long inquiryId,
			Long projectId, Long reportId, Long outputId, String outputTitle, TalkApplication.Status status,
			java.time.Instant submittedAt, Double averageScore, List<ScoreView> scores) {
	}

	record ScoreView(Long reviewerId, String reviewer, int score, String comments) {
	}

	/** Someone on the attendee list or the waiting list. */
	record AttendeeView(Long personId, String name, String email, String organisations, Registration.Status status,
			java.time.Instant registeredAt, boolean speaker) {
	}

	/** The signed-in person's place: status, their position when waiting, and whether it is a speaker's place. */
	record MyPlace(Registration.Status status, int position, boolean speaker) {
	}
}

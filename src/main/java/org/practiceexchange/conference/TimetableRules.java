package org.practiceexchange.conference;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.practiceexchange.shared.DomainRuleException;

/**
 * The checks a new slot must pass against the rest of the timetable: sensible times on a day of
 * the conference, a room and strand of this edition, no room double-booked, no strand running two
 * things at once, no speaker in two places at once, and no session promising more places than its
 * room holds. Each broken rule names the field it concerns.
 */
final class TimetableRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private TimetableRules() {
	}

	/**
	 * @param applications the edition's applications by id
	 * @param names speakers' names by person id
	 */
	static void check(Edition edition, List<Slot> existing, Slot candidate, Map<Long, TalkApplication> applications,
			Function<Long, String> names) {
		if (!candidate.endsAt().isAfter(candidate.startsAt())) {
			throw new DomainRuleException("endsAt", "The end time must be after the start time");
		}
		if (!edition.coversDay(candidate.day())) {
			throw new DomainRuleException("day", "Choose a day of the conference, from " + DAY.format(edition.startsOn())
					+ " to " + DAY.format(edition.endsOn()));
		}
		Room room = null;
		if (candidate.roomId() != null) {
			room = edition.rooms().stream().filter(r -> r.id().equals(candidate.roomId())).findFirst()
				.orElseThrow(() -> new DomainRuleException("roomId", "Choose one of this conference's rooms"));
		}
		if (candidate.strandId() != null
				&& edition.strands().stream().noneMatch(strand -> strand.id().equals(candidate.strandId()))) {
			throw new DomainRuleException("strandId", "Choose one of this conference's strands");
		}
		TalkApplication talk = null;
		if (candidate.kind() == Slot.Kind.TALK) {
			talk = candidate.applicationId() == null ? null : applications.get(candidate.applicationId());
			if (talk == null || !talk.selected()) {
				throw new DomainRuleException("applicationId", "Choose a selected talk");
			}
			if (room == null) {
				throw new DomainRuleException("roomId", "Choose the room for the talk");
			}
		}
		else if (candidate.title() == null || candidate.title().isBlank()) {
			throw new DomainRuleException("title", "Enter what happens in this slot, for example Lunch");
		}
		if (room != null && candidate.capacity() != null && candidate.capacity() > room.capacity()) {
			throw new DomainRuleException("capacity", room.name() + " holds "
					+ (room.capacity() == 1 ? "1 person" : room.capacity() + " people")
					+ ": the session cannot offer more places than that");
		}
		for (Slot other : existing) {
			if (Objects.equals(other.id(), candidate.id())) {
				continue;
			}
			if (talk != null && talk.id().equals(other.applicationId())) {
				throw new DomainRuleException("applicationId", "This talk is already in the timetable " + when(other));
			}
			if (!other.overlaps(candidate)) {
				continue;
			}
			if (room != null && room.id().equals(other.roomId())) {
				throw new DomainRuleException("roomId", room.name() + " is already booked " + when(other) + " for "
						+ label(other, applications));
			}
			if (candidate.strandId() != null && candidate.strandId().equals(other.strandId())) {
				throw new DomainRuleException("strandId", "This strand already has " + label(other, applications) + " "
						+ when(other));
			}
			if (talk != null && other.applicationId() != null) {
				TalkApplication otherTalk = applications.get(other.applicationId());
				if (otherTalk != null && otherTalk.applicantId().equals(talk.applicantId())) {
					throw new DomainRuleException("applicationId", names.apply(talk.applicantId())
							+ " is already speaking " + when(other) + " (" + otherTalk.title() + ")");
				}
			}
		}
	}

	private static String when(Slot slot) {
		return "on " + DAY.format(slot.day()) + " from " + TIME.format(slot.startsAt()) + " to "
				+ TIME.format(slot.endsAt());
	}

	private static String label(Slot slot, Map<Long, TalkApplication> applications) {
		if (slot.applicationId() != null && applications.containsKey(slot.applicationId())) {
			return "\u2018" + applications.get(slot.applicationId()).title() + "\u2019";
		}
		return "\u2018" + slot.title() + "\u2019";
	}
}

package org.practiceexchange.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.conference.ConferenceViews.DayView;
import org.practiceexchange.conference.ConferenceViews.EditionView;
import org.practiceexchange.conference.ConferenceViews.ProgrammeView;
import org.practiceexchange.conference.ConferenceViews.SlotView;
import org.practiceexchange.conference.ConferenceViews.TimeRow;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editions, their rooms and strands, and the timetable: the programme manager's changes and everyone's view. */
@Service
@Transactional(readOnly = true)
class ConferenceService {

	private final EditionRepository editions;

	private final SlotRepository slots;

	private final ApplicationRepository applications;

	private final RegistrationService registrations;

	private final People people;

	private final Clock clock;

	private final Audit audit;

	ConferenceService(Audit audit, EditionRepository editions, SlotRepository slots, ApplicationRepository applications,
			RegistrationService registrations, People people, Clock clock) {
		this.audit = audit;
		this.editions = editions;
		this.slots = slots;
		this.applications = applications;
		this.registrations = registrations;
		this.people = people;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
	}

	List<EditionView> all() {
		LocalDate today = today();
		return editions.findAllByOrderByStartsOnDesc().stream().map(e -> EditionView.of(e, today)).toList();
	}

	EditionView find(Long id) {
		return EditionView.of(load(id), today());
	}

	@Transactional
	EditionView create(ConferenceForms.EditionForm form) {
		if (editions.existsByYear(form.yearNumber())) {
			throw new DomainRuleException("year", "There is already a conference for " + form.yearNumber());
		}
		return EditionView.of(editions.save(new Edition(form, clock.instant())), today());
	}

	@Transactional
	EditionView update(Long id, ConferenceForms.EditionForm form) {
		Edition edition = load(id);
		if (edition.year() != form.yearNumber() && editions.existsByYear(form.yearNumber())) {
			throw new DomainRuleException("year", "There is already a conference for " + form.yearNumber());
		}
		edition.change(form);
		registrations.fillFreePlaces(edition);
		return EditionView.of(edition, today());
	}

	@Transactional
	void openCall(Long id) {
		Edition edition = load(id);
		String before = callState(edition);
		edition.openCall(today());
		audit.record("CONFERENCE_CALL_OPENED", "Conference", id, before, callState(edition));
	}

	@Transactional
	void closeCall(Long id) {
		Edition edition = load(id);
		String before = callState(edition);
		edition.closeCall(clock.instant());
		audit.record("CONFERENCE_CALL_CLOSED", "Conference", id, before, callState(edition));
	}

	/** The call's and the timetable's state, as the audit trail records it. */
	private String callState(Edition edition) {
		return "callOpen=" + edition.callOpen(today()) + "; timetablePublished=" + edition.timetablePublished();
	}

	@Transactional
	void addRoom(Long id, ConferenceForms.RoomForm form) {
		load(id).addRoom(form.roomName(), Integer.parseInt(form.roomCapacity().strip()));
	}

	@Transactional
	void addStrand(Long id, ConferenceForms.StrandForm form) {
		load(id).addStrand(form.strandName());
	}

	@Transactional
	SlotView addSlot(Long id, ConferenceForms.SlotForm form) {
		Edition edition = load(id);
		Slot slot = new Slot(id, form.day(), form.startsAt(), form.endsAt(), form.kind(),
				form.title() == null || form.title().isBlank() ? null : form.title().strip(), form.strandId(),
				form.roomId(), form.kind() == Slot.Kind.TALK ? form.applicationId() : null, form.places());
		Map<Long, TalkApplication> talks = applicationsOf(id);
		TimetableRules.check(edition, slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(id), slot, talks, this::name);
		Slot saved = slots.save(slot);
		return views(edition, List.of(saved), talks).get(0);
	}

	@Transactional
	void removeSlot(Long id, Long slotId) {
		slots.delete(slotOf(id, slotId));
	}

	/** The slot of this edition, as its form; not found when it belongs to another edition. */
	ConferenceForms.SlotForm slotForm(Long id, Long slotId) {
		return ConferenceForms.SlotForm.of(slotOf(id, slotId));
	}

	/**
	 * Changes a slot (its day and times, kind, title, strand, room, talk and places) with the same
	 * checks as a new one; the slot itself is left out of the clash checks. A refused change leaves
	 * the slot as it was.
	 */
	@Transactional
	SlotView changeSlot(Long id, Long slotId, ConferenceForms.SlotForm form) {
		Edition edition = load(id);
		Slot slot = slotOf(id, slotId);
		List<Slot> existing = slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(id);
		String before = describe(slot);
		slot.change(form.day(), form.startsAt(), form.endsAt(), form.kind(), form.cleanTitle(), form.strandId(),
				form.roomId(), form.kind() == Slot.Kind.TALK ? form.applicationId() : null, form.places());
		Map<Long, TalkApplication> talks = applicationsOf(id);
		TimetableRules.check(edition, existing, slot, talks, this::name);
		audit.record("CONFERENCE_SLOT_CHANGED", "Slot", slotId, before, describe(slot));
		return views(edition, List.of(slot), talks).get(0);
	}

	private static String describe(Slot slot) {
		return "day=" + slot.day() + "; from=" + slot.startsAt() + "; to=" + slot.endsAt() + "; kind=" + slot.kind()
				+ "; room=" + slot.roomId() + "; strand=" + slot.strandId() + "; talk=" + slot.applicationId();
	}

	private Slot slotOf(Long id, Long slotId) {
		return slots.findById(slotId).filter(s -> s.editionId().equals(id))
			.orElseThrow(() -> new RecordNotFoundException("Slot", slotId));
	}

	@Transactional
	void publish(Long id) {
		Edition edition = load(id);
		if (slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(id).isEmpty()) {
			throw new DomainRuleException(null, "Add at least one slot before publishing the timetable");
		}
		String before = callState(edition);
		edition.publishTimetable(clock.instant());
		audit.record("CONFERENCE_TIMETABLE_PUBLISHED", "Conference", id, before, callState(edition));
	}

	@Transactional
	void withdraw(Long id) {
		Edition edition = load(id);
		String before = callState(edition);
		edition.withdrawTimetable();
		audit.record("CONFERENCE_TIMETABLE_WITHDRAWN", "Conference", id, before, callState(edition));
	}

	/** Every slot of an edition, in order, for the timetable builder. */
	List<SlotView> slots(Long id) {
		Edition edition = load(id);
		return views(edition, slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(id), applicationsOf(id));
	}

	/** The programme by day and strand; unknown while the timetable is unpublished, unless asked for a preview. */
	ProgrammeView programme(Long id, boolean preview) {
		Edition edition = load(id);
		if (!edition.timetablePublished() && !preview) {
			throw new RecordNotFoundException("Programme", id);
		}
		List<SlotView> all = views(edition, slots.findByEditionIdOrderByDayAscStartsAtAscIdAsc(id), applicationsOf(id));
		List<DayView> days = new ArrayList<>();
		for (LocalDate day : edition.days()) {
			days.add(new DayView(day, rows(all.stream().filter(s -> s.day().equals(day)).toList())));
		}
		EditionView view = EditionView.of(edition, today());
		return new ProgrammeView(view, view.strands(), days);
	}

	/** One talk (or other slot) of a published timetable. */
	SlotView publishedSlot(Long id, Long slotId) {
		Edition edition = load(id);
		Slot slot = slots.findById(slotId).filter(s -> s.editionId().equals(id) && edition.timetablePublished())
			.orElseThrow(() -> new RecordNotFoundException("Slot", slotId));
		return views(edition, List.of(slot), applicationsOf(id)).get(0);
	}

	/** Selected applications, for the timetable builder's list of talks. */
	List<TalkApplication> selectedTalks(Long id) {
		return applications.findByEditionIdAndStatus(id, TalkApplication.Status.SELECTED);
	}

	Map<Long, String> names(List<Long> ids) {
		return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}

	private static List<TimeRow> rows(List<SlotView> daySlots) {
		Map<String, List<SlotView>> byTime = new LinkedHashMap<>();
		for (SlotView slot : daySlots) {
			String key = slot.startsAt() + "-" + slot.endsAt() + (slot.strandId() == null ? "-across-" + slot.id() : "");
			byTime.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
		}
		List<TimeRow> rows = new ArrayList<>();
		for (List<SlotView> group : byTime.values()) {
			SlotView first = group.get(0);
			if (first.strandId() == null) {
				rows.add(new TimeRow(first.startsAt(), first.endsAt(), first, Map.of()));
			}
			else {
				rows.add(new TimeRow(first.startsAt(), first.endsAt(), null,
						group.stream().collect(Collectors.groupingBy(SlotView::strandId))));
			}
		}
		return rows;
	}

	private List<SlotView> views(Edition edition, List<Slot> list, Map<Long, TalkApplication> talks) {
		Map<Long, String> rooms = edition.rooms().stream().collect(Collectors.toMap(Room::id, Room::name));
		Map<Long, String> strands = edition.strands().stream().collect(Collectors.toMap(Strand::id, Strand::name));
		Map<Long, String> speakers = names(list.stream().map(Slot::applicationId).filter(Objects::nonNull)
			.map(talks::get).filter(Objects::nonNull).map(TalkApplication::applicantId).distinct().toList());
		return list.stream().map(slot -> {
			TalkApplication talk = slot.applicationId() == null ? null : talks.get(slot.applicationId());
			String title = talk != null ? talk.title() : slot.title();
			return new SlotView(slot.id(), slot.day(), slot.startsAt(), slot.endsAt(), slot.kind(), title,
					talk == null ? null : speakers.get(talk.applicantId()), talk == null ? null : talk.applicantId(),
					talk == null ? null : talk.summary(), slot.strandId(), strands.get(slot.strandId()),
					rooms.get(slot.roomId()), slot.capacity(), slot.applicationId(),
					talk == null ? null : talk.outputId(), talk == null ? null : talk.reportId());
		}).toList();
	}

	private Map<Long, TalkApplication> applicationsOf(Long editionId) {
		return applications.findByEditionIdOrderBySubmittedAtAsc(editionId).stream()
			.collect(Collectors.toMap(TalkApplication::id, Function.identity()));
	}

	private String name(Long personId) {
		return people.find(personId).map(PersonSummary::name).orElse("The speaker");
	}

	Edition load(Long id) {
		return editions.findById(id).orElseThrow(() -> new RecordNotFoundException("Conference", id));
	}
}

package org.practiceexchange.conference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.practiceexchange.shared.export.Spreadsheets;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.conference.ConferenceViews.AttendeeView;
import org.practiceexchange.conference.ConferenceViews.MyPlace;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places at an edition: registering takes a place while there is one and joins the waiting list
 * otherwise; a cancelled place goes at once to the first person waiting, who is told by e-mail.
 * Selected speakers hold a place outside the public capacity: their places are not counted against
 * it, they never wait, and a speaker selected while holding a public place frees it for the next
 * person waiting. Changes to an edition's places are serialised by locking the edition's row.
 */
@Service
@Transactional(readOnly = true)
class RegistrationService {

	private static final Set<Registration.Status> ACTIVE = EnumSet.of(Registration.Status.REGISTERED,
			Registration.Status.WAITING);

	private final EditionRepository editions;

	private final RegistrationRepository registrations;

	private final ApplicationRepository applications;

	private final People people;

	private final Organisations organisations;

	private final ConferenceMail conferenceMail;

	private final Clock clock;

	private final Audit audit;

	RegistrationService(Audit audit, EditionRepository editions, RegistrationRepository registrations, ApplicationRepository applications,
			People people, Organisations organisations, ConferenceMail conferenceMail, Clock clock) {
		this.audit = audit;
		this.editions = editions;
		this.registrations = registrations;
		this.applications = applications;
		this.people = people;
		this.organisations = organisations;
		this.conferenceMail = conferenceMail;
		this.clock = clock;
	}

	@Transactional
	MyPlace register(Long editionId, Long personId) {
		Edition edition = lock(editionId);
		if (!edition.takesRegistrations(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
			throw new DomainRuleException(null, "This conference is over: registration has closed");
		}
		if (registrations.findFirstByEditionIdAndPersonIdAndStatusIn(editionId, personId, ACTIVE).isPresent()) {
			throw new DomainRuleException(null, "You are already registered or on the waiting list");
		}
		boolean free = speakers(editionId).contains(personId) || publicPlacesTaken(edition) < edition.capacity();
		registrations.save(new Registration(editionId, personId, free, clock.instant()));
		MyPlace place = place(editionId, personId).orElseThrow();
		people.find(personId).ifPresent(person -> conferenceMail.registered(person, edition, place));
		return place;
	}

	/** Cancels the person's place or waiting-list entry; a freed place goes to the first person waiting. */
	@Transactional
	void cancel(Long editionId, Long personId) {
		Edition edition = lock(editionId);
		Registration registration = registrations.findFirstByEditionIdAndPersonIdAndStatusIn(editionId, personId, ACTIVE)
			.orElseThrow(() -> new DomainRuleException(null, "You are not registered for this conference"));
		registration.cancel(clock.instant());
		registrations.flush();
		fillFreePlaces(edition);
	}

	/**
	 * A selected speaker holds a place: registered if they were not, moved off the waiting list if
	 * they were on it; a public place they held goes to the first person waiting.
	 */
	@Transactional
	void holdSpeakerPlace(Long editionId, Long personId) {
		Edition edition = lock(editionId);
		Optional<Registration> existing = registrations.findFirstByEditionIdAndPersonIdAndStatusIn(editionId, personId,
				ACTIVE);
		if (existing.isEmpty()) {
			Registration held = registrations.save(new Registration(editionId, personId, true, clock.instant()));
			audit.record("CONFERENCE_SPEAKER_PLACE", "Registration", held.id(), null,
					"status=" + held.status() + "; conference=" + editionId);
		}
		else if (existing.get().status() == Registration.Status.WAITING) {
			existing.get().promote(clock.instant());
			audit.record("CONFERENCE_SPEAKER_PLACE", "Registration", existing.get().id(), "status=WAITING",
					"status=" + existing.get().status() + "; conference=" + editionId);
		}
		registrations.flush();
		fillFreePlaces(edition);
	}

	/** Gives free places to people waiting, first come first served, and tells each of them. */
	@Transactional
	void fillFreePlaces(Edition edition) {
		long taken = publicPlacesTaken(edition);
		Set<Long> speakers = speakers(edition.id());
		List<Registration> waiting = registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(edition.id(),
				Registration.Status.WAITING);
		for (Registration next : waiting) {
			boolean speaker = speakers.contains(next.personId());
			if (taken >= edition.capacity() && !speaker) {
				continue;
			}
			Registration.Status before = next.status();
			next.promote(clock.instant());
			audit.record("CONFERENCE_PLACE_FROM_WAITING_LIST", "Registration", next.id(), "status=" + before,
					"status=" + next.status() + "; conference=" + edition.id());
			if (!speaker) {
				taken++;
			}
			people.find(next.personId()).ifPresent(person -> conferenceMail.placeFromWaitingList(person, edition));
		}
	}

	/** The person's place, with their position if waiting; empty when they have none. */
	Optional<MyPlace> place(Long editionId, Long personId) {
		return registrations.findFirstByEditionIdAndPersonIdAndStatusIn(editionId, personId, ACTIVE).map(r -> {
			if (r.status() == Registration.Status.REGISTERED) {
				return new MyPlace(r.status(), 0, speakers(editionId).contains(personId));
			}
			List<Registration> waiting = registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(editionId,
					Registration.Status.WAITING);
			return new MyPlace(r.status(), waiting.indexOf(r) + 1, false);
		});
	}

	/** Public places left: speakers' places are not counted. */
	long placesLeft(Edition edition) {
		return Math.max(0, edition.capacity() - publicPlacesTaken(edition));
	}

	/** Places held by people who are not selected speakers: what the public capacity counts. */
	long publicPlacesTaken(Edition edition) {
		Set<Long> speakers = speakers(edition.id());
		return registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(edition.id(), Registration.Status.REGISTERED)
			.stream().filter(r -> !speakers.contains(r.personId())).count();
	}

	/** Applicants with a selected talk at this edition. */
	Set<Long> speakers(Long editionId) {
		return applications.findByEditionIdAndStatus(editionId, TalkApplication.Status.SELECTED).stream()
			.map(TalkApplication::applicantId).collect(Collectors.toSet());
	}

	/** Everyone registered, then everyone waiting, in the order they came. */
	List<AttendeeView> attendees(Long editionId) {
		List<Registration> list = Stream.concat(
				registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(editionId, Registration.Status.REGISTERED).stream(),
				registrations.findByEditionIdAndStatusOrderByRegisteredAtAscIdAsc(editionId, Registration.Status.WAITING).stream())
			.toList();
		Set<Long> speakers = speakers(editionId);
		Map<Long, PersonSummary> byId = people.findAll(list.stream().map(Registration::personId).toList()).stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Map<Long, String> organisationNames = organisations.findAll(byId.values().stream()
			.flatMap(p -> p.organisationIds().stream()).distinct().toList()).stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
		List<AttendeeView> views = new ArrayList<>();
		for (Registration r : list) {
			PersonSummary person = byId.get(r.personId());
			if (person == null) {
				continue;
			}
			String orgs = person.organisationIds().stream().map(organisationNames::get).filter(n -> n != null)
				.collect(Collectors.joining("; "));
			views.add(new AttendeeView(person.id(), person.name(), person.email(), orgs, r.status(), r.registeredAt(),
					speakers.contains(person.id())));
		}
		return views;
	}

	void writeAttendees(Long editionId, Writer out) {
		write(out, new String[] { "Name", "Email", "Organisation", "Status", "Registered", "Speaker" },
				attendees(editionId).stream()
					.map(a -> List.<Object>of(a.name(), a.email(), a.organisations(), label(a.status()),
							a.registeredAt().atZone(TimeConfiguration.LONDON).toLocalDate().toString(), a.speaker() ? "Yes" : "No"))
					.toList());
	}

	/** One badge per person with a place: name, organisation and whether they speak. */
	void writeBadges(Long editionId, Writer out) {
		write(out, new String[] { "Name", "Organisation", "Badge" }, attendees(editionId).stream()
			.filter(a -> a.status() == Registration.Status.REGISTERED)
			.map(a -> List.<Object>of(a.name(), a.organisations(), a.speaker() ? "Speaker" : "Delegate"))
			.toList());
	}

	private static void write(Writer out, String[] header, List<List<Object>> rows) {
		try (Spreadsheets.SafeCsv csv = Spreadsheets.csv(out, List.of(header))) {
			rows.forEach(csv::row);
		}
	}

	private static String label(Registration.Status status) {
		return status == Registration.Status.REGISTERED ? "Registered" : "Waiting list";
	}

	private Edition lock(Long editionId) {
		return editions.lock(editionId).orElseThrow(() -> new RecordNotFoundException("Conference", editionId));
	}
}

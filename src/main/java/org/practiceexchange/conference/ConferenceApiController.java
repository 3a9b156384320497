package org.practiceexchange.conference;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/conferences")
@Tag(name = "Conference")
class ConferenceApiController {

	/** An edition as the API shows it. */
	record ConferenceJson(Long id, int year, String title, String summary, LocalDate startsOn, LocalDate endsOn,
			String venue, boolean online, int capacity, long placesLeft, Edition.Status status,
			boolean callForSpeakersOpen, LocalDate callClosesOn, boolean timetablePublished,
			List<ConferenceViews.RoomView> rooms, List<ConferenceViews.StrandView> strands, String url,
			String calendarUrl) {
	}

	/** A published slot. */
	record SlotJson(Long id, LocalDate day, String startsAt, String endsAt, Slot.Kind kind, String title,
			String speaker, String strand, String room, Long outputId, String calendarUrl) {
	}

	record ProgrammeJson(ConferenceJson conference, List<SlotJson> slots) {
	}

	private final ConferenceService conferences;

	private final RegistrationService registrations;

	private final ConferenceCalendar calendar;

	private final String baseUrl;

	ConferenceApiController(ConferenceService conferences, RegistrationService registrations,
			ConferenceCalendar calendar, @Value("${exchange.base-url}") String baseUrl) {
		this.conferences = conferences;
		this.registrations = registrations;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Operation(summary = "Every edition of the conference, newest first")
	List<ConferenceJson> list() {
		return conferences.all().stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One edition, with its timetable once published")
	ProgrammeJson one(@PathVariable Long id) {
		ConferenceViews.EditionView edition = conferences.find(id);
		List<SlotJson> slots = !edition.timetablePublished() ? List.of()
				: conferences.programme(id, false).days().stream().flatMap(d -> d.rows().stream())
					.flatMap(ConferenceViews.TimeRow::all)
					.map(s -> new SlotJson(s.id(), s.day(), s.startsAt().toString(), s.endsAt().toString(), s.kind(),
							s.title(), s.speaker(), s.strandName(), s.roomName(), s.outputId(),
							baseUrl + "/conferences/" + id + "/talks/" + s.id() + ".ics"))
					.toList();
		return new ProgrammeJson(json(edition), slots);
	}

	@GetMapping("/{id}/calendar.ics")
	@Operation(summary = "The whole published programme as iCalendar (text/calendar); 404 until the timetable is published")
	@ApiResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> calendar(@PathVariable Long id) {
		return ResponseEntity.ok().contentType(ConferencePageController.CALENDAR).body(calendar.wholeConference(id));
	}

	private ConferenceJson json(ConferenceViews.EditionView e) {
		return new ConferenceJson(e.id(), e.year(), e.title(), e.summary(), e.startsOn(), e.endsOn(), e.venue(),
				e.online(), e.capacity(), registrations.placesLeft(conferences.load(e.id())), e.status(), e.callOpen(),
				e.callClosesOn(), e.timetablePublished(), e.rooms(), e.strands(), baseUrl + "/conferences/" + e.id(),
				e.timetablePublished() ? baseUrl + "/api/conferences/" + e.id() + "/calendar.ics" : null);
	}
}

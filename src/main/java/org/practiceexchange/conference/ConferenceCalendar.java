package org.practiceexchange.conference;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.XProperty;
import org.practiceexchange.conference.ConferenceViews.EditionView;
import org.practiceexchange.conference.ConferenceViews.ProgrammeView;
import org.practiceexchange.conference.ConferenceViews.SlotView;
import org.practiceexchange.conference.ConferenceViews.TimeRow;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.calendar.CalendarUids;
import org.practiceexchange.shared.calendar.CalendarZones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * RFC 5545 calendars of a published programme, written with ical4j in Europe/London time with the
 * zone's rules for the events' years included: the whole conference, or one talk.
 */
@Service
class ConferenceCalendar {

	private static final String ZONE = TimeConfiguration.LONDON.getId();

	private final ConferenceService conferences;

	private final Clock clock;

	private final CalendarUids uids;

	private final String baseUrl;

	ConferenceCalendar(ConferenceService conferences, Clock clock, CalendarUids uids,
			@Value("${exchange.base-url}") String baseUrl) {
		this.conferences = conferences;
		this.clock = clock;
		this.uids = uids;
		this.baseUrl = baseUrl;
	}

	/** Every slot of a published timetable; not found while it is unpublished. */
	String wholeConference(Long editionId) {
		ProgrammeView programme = conferences.programme(editionId, false);
		List<SlotView> all = programme.days().stream().flatMap(day -> day.rows().stream())
			.flatMap(TimeRow::all).toList();
		return write(programme.edition(), programme.edition().title(), all);
	}

	String talk(Long editionId, Long slotId) {
		SlotView slot = conferences.publishedSlot(editionId, slotId);
		EditionView edition = conferences.find(editionId);
		return write(edition, slot.title(), List.of(slot));
	}

	private String write(EditionView edition, String name, List<SlotView> list) {
		VTimeZone london = CalendarZones.vtimezone(TimeConfiguration.LONDON, list.stream().map(slot -> slot.day().atTime(slot.startsAt()).atZone(TimeConfiguration.LONDON).toInstant()).toList());
		Calendar calendar = new Calendar().withProdId("-//Practice Exchange//Conference 1.0//EN")
			.withDefaults()
			.withProperty(new XProperty("X-WR-CALNAME", name))
			.withProperty(new XProperty("X-WR-TIMEZONE", ZONE))
			.withComponent(london)
			.getFluentTarget();
		for (SlotView slot : list) {
			String summary = slot.speaker() != null ? slot.title() + " (" + slot.speaker() + ")" : slot.title();
			VEvent event = new VEvent(slot.day().atTime(slot.startsAt()).atZone(TimeConfiguration.LONDON),
					slot.day().atTime(slot.endsAt()).atZone(TimeConfiguration.LONDON), summary);
			event.replace(new DtStamp(clock.instant()));
			event.add(uids.uid("conference-slot", slot.id()));
			// A published slot is never edited in place (a change is a new slot), so its first version is its only one.
			event.add(new Sequence(0));
			String where = slot.roomName() != null ? slot.roomName() : null;
			if (edition.online()) {
				where = where == null ? "Online" : where + ", online";
			}
			else if (edition.venue() != null) {
				where = where == null ? edition.venue() : where + ", " + edition.venue();
			}
			if (where != null) {
				event.add(new Location(where));
			}
			StringBuilder description = new StringBuilder(edition.title());
			if (slot.strandName() != null) {
				description.append("\nStrand: ").append(slot.strandName());
			}
			if (slot.summary() != null) {
				description.append("\n\n").append(slot.summary());
			}
			description.append("\n\n").append(baseUrl).append("/conferences/").append(edition.id());
			event.add(new Description(description.toString()));
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return out.toString();
	}
}

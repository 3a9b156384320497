package org.practiceexchange.shared.calendar;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import static org.assertj.core.api.Assertions.assertThat;

/** What calendar clients and validators expect of a feed's Europe/London VTIMEZONE. */
public final class CalendarChecks {

	private CalendarChecks() {
	}

	/**
	 * The feed parses with ical4j and validates, and every event has a DTSTAMP, a SEQUENCE and a UID
	 * that is {@code something@domain} with a real (dotted) domain, no two alike. Returns the events.
	 */
	public static List<VEvent> validEvents(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().hasErrors()).as("ical4j validation of\n%s", ics).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		Set<String> uids = new HashSet<>();
		for (VEvent event : events) {
			String uid = event.getRequiredProperty(Property.UID).getValue();
			assertThat(uid).as("UID").matches("[A-Za-z0-9-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
			assertThat(uids.add(uid)).as("UID %s only once", uid).isTrue();
			assertThat(event.getProperty(Property.DTSTAMP)).as("DTSTAMP of %s", uid).isPresent();
			assertThat(event.getProperty(Property.SEQUENCE)).as("SEQUENCE of %s", uid).isPresent();
		}
		return events;
	}

	/** The event with this UID. */
	public static VEvent event(List<VEvent> events, String uid) {
		return events.stream().filter(e -> e.getRequiredProperty(Property.UID).getValue().equals(uid)).findFirst()
			.orElseThrow(() -> new AssertionError("no event " + uid + " in " + events));
	}

	/**
	 * The feed parses with ical4j and validates; its one VTIMEZONE has at most four observances, none
	 * starting before the year before the earliest event; each given local time falls in the observance
	 * with the expected UTC offset.
	 */
	public static VTimeZone smallLondonZone(String ics, int earliestEventYear, List<LocalDateTime> localTimes,
			List<ZoneOffset> offsets) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().hasErrors()).as("ical4j validation of\n%s", ics).isFalse();
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		VTimeZone london = zones.get(0);
		assertThat(london.getRequiredProperty(Property.TZID).getValue()).isEqualTo("Europe/London");
		List<Observance> observances = london.getObservances();
		assertThat(observances).hasSizeBetween(1, 4);
		for (Observance observance : observances) {
			DtStart<Temporal> start = observance.getRequiredProperty(Property.DTSTART);
			assertThat(LocalDateTime.from(start.getDate()).getYear()).isGreaterThanOrEqualTo(earliestEventYear - 1);
		}
		for (int i = 0; i < localTimes.size(); i++) {
			Observance applicable = london.getApplicableObservance(localTimes.get(i).atOffset(offsets.get(i)));
			assertThat(applicable).as("observance at %s", localTimes.get(i)).isNotNull();
			TzOffsetTo offset = applicable.getRequiredProperty(Property.TZOFFSETTO);
			assertThat(offset.getOffset()).as("offset at %s", localTimes.get(i)).isEqualTo(offsets.get(i));
		}
		assertThat(ics).doesNotContain("1847", "18471201");
		return london;
	}
}

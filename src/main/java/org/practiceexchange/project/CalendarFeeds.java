package org.practiceexchange.project;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.XProperty;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.calendar.CalendarUids;
import org.practiceexchange.shared.calendar.CalendarZones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RFC 5545 feeds of sessions and milestones, written with ical4j: one per project, and one per person
 * across their projects at an address carrying a secret they can reset. Session times are in
 * Europe/London with the zone's rules included, so calendars get summer time right; milestones, which
 * have a date and no time, are all-day events. Each event's UID is its record's at our domain (see
 * {@link CalendarUids}), the same on every fetch and after edits; a session's SEQUENCE and
 * LAST-MODIFIED move on when its time, title or place changes.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeeds {

	private static final String ZONE = TimeConfiguration.LONDON.getId();

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final SessionService sessions;

	private final ProjectService projects;

	private final CalendarTokenRepository tokens;

	private final Clock clock;

	private final CalendarUids uids;

	private final String baseUrl;

	CalendarFeeds(SessionService sessions, ProjectService projects, CalendarTokenRepository tokens, Clock clock,
			CalendarUids uids, @Value("${exchange.base-url}") String baseUrl) {
		this.sessions = sessions;
		this.projects = projects;
		this.tokens = tokens;
		this.clock = clock;
		this.uids = uids;
		this.baseUrl = baseUrl;
	}

	/** A project's sessions, for anyone who may see the project. */
	String projectFeed(Long projectId, SignedInPerson me) {
		ProjectSummary project = projects.visible(projectId, me).project();
		return write(project.title(), List.of(projectId), Map.of(project.id(), project));
	}

	/** The person's sessions across the projects they take part in; unknown secrets are not found. */
	String personalFeed(String token) {
		CalendarToken found = tokens.findByToken(token).orElseThrow(() -> new RecordNotFoundException("Calendar", "feed"));
		Map<Long, ProjectSummary> involved = projects.involving(found.personId()).stream()
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
		return write("My sessions", List.copyOf(involved.keySet()), involved);
	}

	@Transactional
	String tokenOf(Long personId) {
		return tokens.findById(personId).orElseGet(() -> tokens.save(new CalendarToken(personId, clock.instant()))).token();
	}

	@Transactional
	String resetToken(Long personId) {
		CalendarToken token = tokens.findById(personId).orElseGet(() -> tokens.save(new CalendarToken(personId, clock.instant())));
		token.reset(clock.instant());
		return token.token();
	}

	private String write(String name, List<Long> projectIds, Map<Long, ProjectSummary> projectsById) {
		List<ProjectSession> list = sessions.sessionsOfProjects(projectIds);
		VTimeZone london = CalendarZones.vtimezone(TimeConfiguration.LONDON, list.stream().map(ProjectSession::startsAt).toList());
		Calendar calendar = new Calendar().withProdId("-//Practice Exchange//Sessions 1.0//EN")
			.withDefaults()
			.withProperty(new XProperty("X-WR-CALNAME", name))
			.withProperty(new XProperty("X-WR-TIMEZONE", ZONE))
			.withComponent(london)
			.getFluentTarget();
		Instant now = clock.instant();
		for (ProjectSession session : list) {
			ProjectSummary project = projectsById.get(session.projectId());
			VEvent event = new VEvent(ZonedDateTime.ofInstant(session.startsAt(), TimeConfiguration.LONDON),
					ZonedDateTime.ofInstant(session.endsAt(), TimeConfiguration.LONDON),
					project.title() + ": " + session.title());
			event.replace(new DtStamp(now));
			event.add(uids.uid("session", session.id()));
			event.add(new Sequence(session.sequenceNo()));
			if (session.changedAt() != null) {
				event.add(new LastModified(session.changedAt()));
			}
			if (session.place() != null) {
				event.add(new Location(session.place()));
			}
			String link = session.onlineLink() != null ? "Online: " + session.onlineLink() + "\n" : "";
			event.add(new Description(link + baseUrl + "/projects/" + project.id()));
			calendar.add(event);
		}
		for (Milestone milestone : sessions.milestonesOfProjects(projectIds)) {
			ProjectSummary project = projectsById.get(milestone.projectId());
			// A date without a time: an all-day event, DTSTART;VALUE=DATE and DTEND the day after.
			VEvent event = new VEvent(milestone.dueOn(), milestone.dueOn().plusDays(1),
					project.title() + ": " + milestone.title() + " (milestone)");
			event.replace(new DtStamp(now));
			event.add(uids.uid("milestone", milestone.id()));
			event.add(new Sequence(0));
			event.add(new Transp(Transp.VALUE_TRANSPARENT));
			event.add(new Description("Milestone due " + DUE.format(milestone.dueOn()) + "\n" + baseUrl + "/projects/" + project.id()));
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

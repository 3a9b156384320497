package org.practiceexchange.shared.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE with only the observances a calendar's events need, built from java.time's rules: the
 * zone's changes from the year before the earliest event, the yearly ones as one STANDARD and one
 * DAYLIGHT with an RRULE (for Europe/London since 1996, that is all). ical4j's own VTIMEZONE carries
 * every change back to 1847, which makes feeds large and some validators complain.
 */
public final class CalendarZones {

	private CalendarZones() {
	}

	/** The zone's VTIMEZONE for events at these instants (none: from last year). */
	public static VTimeZone vtimezone(ZoneId zone, Collection<Instant> times) {
		ZoneRules rules = zone.getRules();
		int firstYear = times.stream().map(t -> t.atZone(zone).getYear()).min(Integer::compare)
			.orElse(Instant.now().atZone(zone).getYear()) - 1;
		int lastYear = times.stream().map(t -> t.atZone(zone).getYear()).max(Integer::compare).orElse(firstYear + 1) + 1;
		Instant from = LocalDateTime.of(firstYear, 1, 1, 0, 0).atZone(zone).toInstant();
		List<Observance> observances = new ArrayList<>();
		List<ZoneOffsetTransition> fixed = rules.getTransitions();
		int rulesFrom = fixed.isEmpty() ? firstYear
				: Math.max(firstYear, fixed.get(fixed.size() - 1).getInstant().atZone(ZoneOffset.UTC).getYear() + 1);
		for (ZoneOffsetTransition transition : fixed) {
			if (!transition.getInstant().isBefore(from)) {
				observances.add(observance(zone, rules, transition, null));
			}
		}
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			String recurrence = recurrence(rule);
			if (recurrence != null) {
				observances.add(observance(zone, rules, rule.createTransition(rulesFrom), recurrence));
			}
			else {
				for (int year = rulesFrom; year <= lastYear; year++) {
					observances.add(observance(zone, rules, rule.createTransition(year), null));
				}
			}
		}
		if (observances.isEmpty()) {
			// A zone without changes in these years: one standard observance.
			ZoneOffset offset = rules.getOffset(from);
			Standard standard = new Standard();
			standard.add(new DtStart<>(LocalDateTime.of(firstYear, 1, 1, 0, 0)));
			standard.add(new TzOffsetFrom(offset));
			standard.add(new TzOffsetTo(offset));
			observances.add(standard);
		}
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	/** "The first such weekday on or after day d" as an RRULE, when the month always has those days. */
	private static String recurrence(ZoneOffsetTransitionRule rule) {
		int day = rule.getDayOfMonthIndicator();
		if (rule.getDayOfWeek() == null || day < 1 || day + 6 > rule.getMonth().minLength() || rule.isMidnightEndOfDay()) {
			return null;
		}
		String days = IntStream.rangeClosed(day, day + 6).mapToObj(Integer::toString).collect(Collectors.joining(","));
		return "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY="
				+ rule.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT).substring(0, 2).toUpperCase(Locale.ROOT)
				+ ";BYMONTHDAY=" + days;
	}

	private static Observance observance(ZoneId zone, ZoneRules rules, ZoneOffsetTransition transition, String recurrence) {
		boolean daylight = rules.isDaylightSavings(transition.getInstant());
		Observance observance = daylight ? new Daylight() : new Standard();
		observance.add(new DtStart<>(transition.getDateTimeBefore()));
		observance.add(new TzOffsetFrom(transition.getOffsetBefore()));
		observance.add(new TzOffsetTo(transition.getOffsetAfter()));
		if (recurrence != null) {
			observance.add(new RRule<>(recurrence));
		}
		java.util.TimeZone legacy = java.util.TimeZone.getTimeZone(zone);
		observance.add(new TzName(legacy.getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.UK)));
		return observance;
	}
}

package org.practiceexchange.shared.calendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarUidsTests {

	@Test
	void theDomainIsTheBaseAddressesHostUnlessOneIsConfigured() {
		assertThat(new CalendarUids("", "https://Exchange.Example.org:8443/app").uid("session", 12L).getValue())
			.isEqualTo("session-12@exchange.example.org");
		assertThat(new CalendarUids(" calendar.example.net ", "https://exchange.example.org").uid("milestone", 3L).getValue())
			.isEqualTo("milestone-3@calendar.example.net");
	}

	@Test
	void aBaseAddressWithoutAHostIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new CalendarUids("", "/relative")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("exchange.calendar.uid-domain");
	}
}

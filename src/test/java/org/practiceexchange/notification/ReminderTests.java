package org.practiceexchange.notification;

import java.time.LocalDate;
import java.time.LocalTime;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReminderTests {

	@Autowired
	DailyReminders reminders;

	@Autowired
	TestReminderSource source;

	@Autowired
	GreenMail greenMail;

	@AfterEach
	void clear() {
		source.items.clear();
	}

	@Test
	void remindsOnceOfWhatFallsTwoDaysAheadInLondonTime() {
		String to = AccountFixtures.unique("reminded") + "@example.org";
		LocalDate inTwoDays = LocalDate.now(TimeConfiguration.LONDON).plusDays(2);
		String key = AccountFixtures.unique("session");
		source.items.add(new ReminderSource.Upcoming(key, to, "the mid-way review",
				inTwoDays.atTime(LocalTime.of(9, 30)).atZone(TimeConfiguration.LONDON).toInstant(), "/projects/1"));
		source.items.add(new ReminderSource.Upcoming(key + "-later", to, "the final evaluation",
				inTwoDays.plusDays(1).atTime(LocalTime.of(9, 30)).atZone(TimeConfiguration.LONDON).toInstant(), "/projects/1"));

		assertThat(reminders.send()).isEqualTo(1);
		String body = TestMailServer.body(TestMailServer.awaitMessage(greenMail, to, "Reminder: the mid-way review"));
		assertThat(body).contains("9:30am").contains("/projects/1");
		assertThat(reminders.send()).isZero();
	}
}

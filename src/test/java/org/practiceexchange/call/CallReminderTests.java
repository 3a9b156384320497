package org.practiceexchange.call;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.notification.ReminderSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CallReminderTests {

	@Autowired
	CallFixtures fixtures;

	@Autowired
	CallReminders reminders;

	@Test
	void leadsOfDraftProposalsAreRemindedThatTheCallIsClosingAndSubmittersAreNot() {
		CallView call = fixtures.anOpenCall();
		CallFixtures.Partnership drafting = fixtures.aPartnership();
		Long draft = fixtures.aDraft(drafting, call);
		CallFixtures.Partnership done = fixtures.aPartnership();
		fixtures.aSubmittedProposal(done, call);

		// Other tests' calls may close in the same hour (one shared context): keep this call's reminders.
		List<ReminderSource.Upcoming> upcoming = reminders.upcomingBetween(call.closesAt().minus(Duration.ofHours(1)),
				call.closesAt().plus(Duration.ofHours(1))).stream()
			.filter(reminder -> reminder.what().contains("\u201c" + call.title() + "\u201d"))
			.toList();

		assertThat(upcoming).singleElement().satisfies(reminder -> {
			assertThat(reminder.email()).isEqualTo(drafting.lead().email());
			assertThat(reminder.when()).isEqualTo(call.closesAt());
			assertThat(reminder.what()).contains(call.title());
			assertThat(reminder.path()).isEqualTo("/proposals/" + draft + "/edit");
			assertThat(reminder.key()).isEqualTo("call-closes:" + draft);
		});
		assertThat(reminders.upcomingBetween(call.closesAt().plus(Duration.ofHours(1)), call.closesAt().plus(Duration.ofDays(1))))
			.noneSatisfy(reminder -> assertThat(reminder.what()).contains("\u201c" + call.title() + "\u201d"));
	}
}

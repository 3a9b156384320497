package org.practiceexchange.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily reminder run, fed by the project module's sessions and milestones. */
@IntegrationTest
class ReminderTests {

	@Autowired
	DailyReminders reminders;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Clock clock;

	LocalDate inTwoDays() {
		return LocalDate.now(clock.withZone(TimeConfiguration.LONDON)).plusDays(2);
	}

	@Test
	void everyoneInAProjectIsRemindedOnceOfASessionTwoDaysAheadInLondonTime() {
		ProjectFixtures.Group group = projects.aGroup();
		Long project = group.project().id();
		projects.aSessionId(project, inTwoDays(), LocalTime.of(9, 30));
		projects.aSessionId(project, inTwoDays().plusDays(1), LocalTime.of(9, 30));

		reminders.send();

		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.otherMember(), group.facilitator(), group.mentor() }) {
			ReceivedMail mail = mailbox.awaitMessage(person.email(), "Reminder: the session");
			assertThat(mail.body()).contains("9:30am").contains("/projects/" + project).contains(group.project().title());
		}
		reminders.send();
		assertThat(mailbox.messagesTo(group.member().email())).as("one reminder, for the session two days ahead only")
			.hasSize(1);
		assertThat(mailbox.messagesTo(group.outsider().email())).isEmpty();
		assertThat(mailbox.messagesTo(group.lead().email())).isEmpty();
	}

	@Test
	void membersWhoHaveNotDoneAMilestoneAreRemindedOfIt() {
		ProjectFixtures.Group group = projects.aGroup();
		Long milestone = projects.aMilestoneId(group.project(), inTwoDays());
		projects.markDone(group, milestone, group.member());

		reminders.send();

		assertThat(mailbox.awaitMessage(group.otherMember().email(), "Reminder: the milestone").body())
			.contains("falling due").contains("/projects/" + group.project().id());
		assertThat(mailbox.messagesTo(group.member().email())).isEmpty();
		assertThat(mailbox.messagesTo(group.facilitator().email())).isEmpty();
	}

	@Test
	void aClosedProjectSendsNoReminders() {
		ProjectFixtures.Group group = projects.aGroup();
		projects.aSessionId(group.project().id(), inTwoDays(), LocalTime.of(14, 0));
		projects.close(group.project());
		ProjectFixtures.Group running = projects.aGroup();
		projects.aSessionId(running.project().id(), inTwoDays(), LocalTime.of(14, 0));

		reminders.send();

		// the running group's reminder went out in the same run, so the closed one's would have too
		mailbox.awaitMessage(running.member().email(), "Reminder: the session");
		assertThat(mailbox.messagesTo(group.member().email())).isEmpty();
	}
}

package org.practiceexchange.conference;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.practiceexchange.AuditRows;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scores, decisions on talks, the call's opening and closing and the timetable's publication are audited. */
@IntegrationTest
class ConferenceAuditTests {

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	TalkService talks;

	@Autowired
	ConferenceService conferences;

	@Autowired
	AuditRows audit;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationRepository registrationRecords;

	@Test
	void scoresAndDecisionsOnTalksAreAuditedWithWhoBeforeAndAfter() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson reviewer = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		Long application = fixtures.anApplication(setup.id(), applicant);

		audit.as(reviewer, () -> talks.score(application, reviewer, new ConferenceForms.ScoreForm("3", "Fine")));
		audit.as(reviewer, () -> talks.score(application, reviewer, new ConferenceForms.ScoreForm("4", "Better")));
		audit.as(manager, () -> talks.decide(application, manager, true));
		audit.as(manager, () -> talks.decide(application, manager, false));

		var rows = audit.of("TalkApplication", application);
		assertThat(rows).extracting(row -> row.get("ACTION")).containsExactly("TALK_APPLICATION_SCORED",
				"TALK_APPLICATION_SCORED", "TALK_APPLICATION_DECIDED", "TALK_APPLICATION_DECIDED");
		assertThat(rows).extracting(row -> ((Number) row.get("ACTOR_ID")).longValue())
			.containsExactly(reviewer.id(), reviewer.id(), manager.id(), manager.id());
		assertThat(rows).extracting(row -> row.get("BEFORE_VALUE")).containsExactly(null, "score=3", "status=SUBMITTED",
				"status=SELECTED");
		assertThat(rows).extracting(row -> row.get("AFTER_VALUE")).containsExactly("score=3", "score=4", "status=SELECTED",
				"status=DECLINED");
	}

	@Test
	void refusedScoresAndDecisionsWriteNoRow() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		SignedInPerson applicant = accounts.aPerson(Role.REVIEWER, accounts.anOrganisation());
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long application = fixtures.anApplication(setup.id(), applicant);

		assertThatThrownBy(() -> audit.as(applicant,
				() -> talks.score(application, applicant, new ConferenceForms.ScoreForm("5", null))))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> audit.as(applicant, () -> talks.decide(application, applicant, true)))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> audit.as(practitioner, () -> talks.decide(application, practitioner, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audit.of("TalkApplication", application)).isEmpty();
	}

	@Test
	void theCallAndTheTimetableAreAuditedAndARefusedPublicationWritesNoRow() {
		ConferenceFixtures.Setup setup = fixtures.anEdition(100);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		assertThat(audit.of("Conference", setup.id())).extracting(row -> row.get("ACTION"))
			.containsExactly("CONFERENCE_CALL_OPENED");

		assertThatThrownBy(() -> audit.as(manager, () -> conferences.publish(setup.id())))
			.isInstanceOf(DomainRuleException.class);
		assertThat(audit.of("Conference", setup.id())).hasSize(1);

		audit.as(manager, () -> conferences.closeCall(setup.id()));
		fixtures.aScheduledTalk(setup, accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()), LocalTime.of(10, 0),
				LocalTime.of(11, 0));
		audit.as(manager, () -> conferences.publish(setup.id()));
		audit.as(manager, () -> conferences.withdraw(setup.id()));

		var rows = audit.of("Conference", setup.id());
		assertThat(rows).extracting(row -> row.get("ACTION")).containsExactly("CONFERENCE_CALL_OPENED",
				"CONFERENCE_CALL_CLOSED", "CONFERENCE_TIMETABLE_PUBLISHED", "CONFERENCE_TIMETABLE_WITHDRAWN");
		assertThat(rows.subList(1, 4)).extracting(row -> ((Number) row.get("ACTOR_ID")).longValue())
			.containsOnly(manager.id());
		assertThat(rows.get(1).get("BEFORE_VALUE")).isEqualTo("callOpen=true; timetablePublished=false");
		assertThat(rows.get(1).get("AFTER_VALUE")).isEqualTo("callOpen=false; timetablePublished=false");
		assertThat(rows.get(2).get("AFTER_VALUE")).isEqualTo("callOpen=false; timetablePublished=true");
		assertThat(rows.get(3).get("AFTER_VALUE")).isEqualTo("callOpen=false; timetablePublished=false");
	}

	@Test
	void aPlaceGivenFromTheWaitingListIsAuditedAndARefusedCancellationWritesNoRow() {
		Long id = fixtures.anEdition(1).id();
		SignedInPerson holder = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson next = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson stranger = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		registrations.register(id, holder.id());
		registrations.register(id, next.id());
		Long waiting = registrationRecords.findFirstByEditionIdAndPersonIdAndStatusIn(id, next.id(),
				java.util.EnumSet.of(Registration.Status.WAITING)).orElseThrow().id();

		assertThatThrownBy(() -> audit.as(stranger, () -> registrations.cancel(id, stranger.id())))
			.isInstanceOf(DomainRuleException.class);
		assertThat(audit.of("Registration", waiting)).isEmpty();

		audit.as(holder, () -> registrations.cancel(id, holder.id()));
		assertThat(audit.of("Registration", waiting)).singleElement().satisfies(row -> {
			assertThat(row.get("ACTION")).isEqualTo("CONFERENCE_PLACE_FROM_WAITING_LIST");
			assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(holder.id());
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("status=WAITING");
			assertThat(row.get("AFTER_VALUE")).isEqualTo("status=REGISTERED; conference=" + id);
		});
	}
}

package org.practiceexchange.conference;

import java.time.LocalTime;
import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.browser.RecordPages;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.stereotype.Component;

/** A conference with a published timetable and one with its call open: pages as each person sees them. */
@Component
class ConferencePages implements RecordPages {

	private final ConferenceFixtures conferences;

	private final ProjectFixtures projects;

	private final InquiryFixtures inquiries;

	private final AccountFixtures accounts;

	private final RegistrationService registrations;

	ConferencePages(ConferenceFixtures conferences, ProjectFixtures projects, InquiryFixtures inquiries,
			AccountFixtures accounts, RegistrationService registrations) {
		this.conferences = conferences;
		this.projects = projects;
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.registrations = registrations;
	}

	@Override
	public List<Visit> visits() {
		ConferenceFixtures.Setup held = conferences.anEdition(1);
		SignedInPerson speaker = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		conferences.aScheduledTalk(held, speaker, LocalTime.of(10, 0), LocalTime.of(10, 45));
		conferences.aScheduledTalk(held, accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()),
				LocalTime.of(11, 0), LocalTime.of(11, 45));
		conferences.publish(held.id());
		ConferenceFixtures.Setup open = conferences.anEdition(100);
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = inquiries.anInquiry(group, Stage.COMPLETE);
		Long application = conferences.anApplication(open.id(), group.member());
		registrations.register(held.id(), group.member().id());
		registrations.register(held.id(), group.lead().id());
		String heldPage = "/conferences/" + held.id();
		String openPage = "/conferences/" + open.id();
		String manage = "/manage/conferences/" + held.id();
		return List.of(
				Visit.signedOut(List.of("/conferences", heldPage, openPage)),
				new Visit(group.member().email(), List.of(heldPage, openPage, openPage + "/apply",
						openPage + "/apply?work=inquiry:" + inquiry, "/conference-applications/" + application)),
				new Visit(group.lead().email(), List.of(heldPage)),
				new Visit(group.reviewer().email(), List.of(openPage + "/applications",
						"/conference-applications/" + application)),
				new Visit(group.manager().email(), List.of("/manage/conferences", "/manage/conferences/new", manage,
						manage + "/edit", manage + "/timetable", manage + "/attendees",
						"/manage/conferences/" + open.id() + "/timetable", "/conference-applications/" + application)));
	}
}

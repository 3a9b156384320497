package org.practiceexchange.conference;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails the conference sends: a place or a waiting-list entry confirmed on registering, a
 * place given from the waiting list, and the decision on an application to speak. The words are in
 * {@code messages/conference.properties} ({@code mail.conference.*}).
 */
@Component
class ConferenceMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Mail mail;

	private final MessageSource messages;

	private final String baseUrl;

	ConferenceMail(Mail mail, MessageSource messages, @Value("${exchange.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** At once on registering: a place, or a place on the waiting list at the given position. */
	void registered(PersonSummary person, Edition edition, ConferenceViews.MyPlace place) {
		String key = place.status() == Registration.Status.REGISTERED ? "registered" : "waiting";
		send(person, NotificationKind.CONFERENCE_PLACE, "mail.conference." + key, person.name(), edition.title(),
				DAY.format(edition.startsOn()), where(edition), String.valueOf(place.position()), link(edition));
	}

	void placeFromWaitingList(PersonSummary person, Edition edition) {
		send(person, NotificationKind.CONFERENCE_PLACE, "mail.conference.promoted", person.name(), edition.title(),
				DAY.format(edition.startsOn()), where(edition), "", link(edition));
	}

	void talkDecided(PersonSummary applicant, Edition edition, TalkApplication application, boolean selected) {
		send(applicant, NotificationKind.TALK_DECISION, "mail.conference.talk." + (selected ? "selected" : "notSelected"),
				applicant.name(), edition.title(), DAY.format(edition.startsOn()), application.title(),
				baseUrl + "/conference-applications/" + application.id());
	}

	private void send(PersonSummary to, NotificationKind kind, String key, Object... args) {
		mail.notify(to.email(), kind, messages.getMessage(key + ".subject", args, Locale.UK),
				messages.getMessage(key + ".body", args, Locale.UK));
	}

	private String where(Edition edition) {
		return edition.online() || edition.venue() == null
				? messages.getMessage("mail.conference.online", null, Locale.UK) : edition.venue();
	}

	private String link(Edition edition) {
		return baseUrl + "/conferences/" + edition.id();
	}
}

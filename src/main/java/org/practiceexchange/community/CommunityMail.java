package org.practiceexchange.community;

import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The community's e-mail: replies to people who took part in a thread, requests to join to the
 * community's moderators, and membership decisions to the person who asked. All go through
 * {@link Mail#notify}, so each person's choice for the kind (straight away, daily digest, or off)
 * applies, and nothing is sent unless the change commits.
 */
@Component
class CommunityMail {

	private static final int EXCERPT = 600;

	private final Mail mail;

	private final String baseUrl;

	CommunityMail(Mail mail, @Value("${exchange.base-url}") String baseUrl) {
		this.mail = mail;
		this.baseUrl = baseUrl;
	}

	void reply(PersonSummary to, String replier, Community community, CommunityThread thread, Post reply) {
		String body = reply.body().length() > EXCERPT ? reply.body().substring(0, EXCERPT) + "\u2026" : reply.body();
		mail.notify(to.email(), NotificationKind.COMMUNITY_REPLY, "New reply in \u2018" + thread.title() + "\u2019",
				"Hello " + to.name() + ",\n\n" + replier + " replied in \u2018" + thread.title() + "\u2019 in the "
						+ community.name() + " community:\n\n" + body + "\n\nRead the thread and reply: " + baseUrl
						+ "/communities/" + community.id() + "/threads/" + thread.id() + "\n\nYou get this because you "
						+ "wrote in this thread. Choose how you hear about community replies at " + baseUrl
						+ "/account/notifications\n");
	}

	void request(PersonSummary to, String requester, Community community, MembershipRequest request) {
		String message = request.message() == null ? "They did not add a message."
				: "Their message:\n\n" + request.message();
		mail.notify(to.email(), NotificationKind.COMMUNITY_REQUEST, "Request to join " + community.name(),
				"Hello " + to.name() + ",\n\n" + requester + " has asked to join the " + community.name() + " community.\n\n"
						+ message + "\n\nApprove or decline the request: " + baseUrl + "/communities/" + community.id()
						+ "/members\n\nYou get this because you moderate this community. Choose how you hear about "
						+ "requests to join at " + baseUrl + "/account/notifications\n");
	}

	void decision(PersonSummary to, Community community, MembershipRequest request) {
		boolean approved = request.status() == MembershipRequest.Status.APPROVED;
		String note = request.note() == null ? "" : "\n\nThe facilitator added: " + request.note();
		mail.notify(to.email(), NotificationKind.DECISION, (approved ? "Welcome to the community: "
				: "Your request to join: ") + community.name(),
				"Hello " + to.name() + ",\n\n" + (approved
						? "Your request to join the " + community.name() + " community has been approved. You can now read "
								+ "its threads, start your own and reply: " + baseUrl + "/communities/" + community.id()
						: "Thank you for asking to join the " + community.name() + " community. The facilitator has "
								+ "decided not to add you for now." + note + "\n\nOther communities you might join: "
								+ baseUrl + "/communities")
						+ "\n");
	}
}

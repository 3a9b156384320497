package org.practiceexchange.call;

import java.util.Locale;

import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a reviewer that a proposal has been given to them to review, or taken off them. Calls carry
 * no review deadline of their own, so the message says what bounds the review: the release of the
 * call's decisions. The words are in {@code messages/call.properties} ({@code mail.review.*}).
 */
@Component
class ReviewMail {

	private final Mail mail;

	private final MessageSource messages;

	private final String baseUrl;

	ReviewMail(Mail mail, MessageSource messages, @Value("${exchange.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void assigned(PersonSummary reviewer, Proposal proposal, FundingCall call, Long assignmentId) {
		send(reviewer, "mail.review.assigned", reviewer.name(), proposal.title(), call.title(), deadline(call),
				baseUrl + "/reviews/" + assignmentId);
	}

	void unassigned(PersonSummary reviewer, Proposal proposal, FundingCall call) {
		send(reviewer, "mail.review.unassigned", reviewer.name(), proposal.title(), call.title(), deadline(call),
				baseUrl + "/my/reviews");
	}

	private String deadline(FundingCall call) {
		return messages.getMessage("mail.review.deadline", null, Locale.UK);
	}

	private void send(PersonSummary to, String key, Object... args) {
		mail.notify(to.email(), NotificationKind.REVIEW_ASSIGNMENT, messages.getMessage(key + ".subject", args, Locale.UK),
				messages.getMessage(key + ".body", args, Locale.UK));
	}
}

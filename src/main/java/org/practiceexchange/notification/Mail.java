package org.practiceexchange.notification;

/**
 * Queues e-mail to go out once the current transaction commits. Messages about the account
 * itself (confirmation, password reset) always go at once; notifications follow each recipient's
 * choice for their kind: immediately, in a daily digest, or not at all.
 */
public interface Mail {

	/** An account message: sent at once whatever the recipient's preferences. */
	void send(String to, String subject, String body);

	/** A notification of a kind the recipient may have chosen to get in a digest, or not at all. */
	void notify(String to, NotificationKind kind, String subject, String body);
}

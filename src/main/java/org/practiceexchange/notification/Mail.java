package org.practiceexchange.notification;

/** Queues an e-mail to go out once the current transaction commits. */
public interface Mail {

	void send(String to, String subject, String body);
}

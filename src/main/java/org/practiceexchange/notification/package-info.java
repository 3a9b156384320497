/**
 * Outgoing e-mail. Other modules call {@link org.practiceexchange.notification.Mail}; the message
 * is stored in the caller's transaction and delivered over SMTP only after it commits, with
 * retries, so a failed send never undoes what the user did.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.practiceexchange.notification;

package org.practiceexchange.shared.privacy;

/**
 * The person a subject access export or a retention check is about: their id and their current
 * e-mail address (some modules, such as notification choices, keep data by address).
 */
public record DataSubject(long id, String email) {
}

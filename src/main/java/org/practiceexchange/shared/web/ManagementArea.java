package org.practiceexchange.shared.web;

/**
 * A module's entry on the programme manager's hub page. Modules declare theirs as beans, so the
 * hub grows with the product without knowing its modules.
 */
public record ManagementArea(int order, String path, String titleKey, String descriptionKey) {
}

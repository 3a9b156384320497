package org.practiceexchange.shared.web;

/**
 * A link in the header navigation, declared by the module that owns the page. {@code access} is a
 * Spring Security expression ({@code permitAll}, {@code isAnonymous()},
 * {@code hasRole('PRACTITIONER')}…) deciding who sees it, so each person sees only what they may
 * use.
 */
public record NavigationLink(int order, String path, String labelKey, String access) {
}

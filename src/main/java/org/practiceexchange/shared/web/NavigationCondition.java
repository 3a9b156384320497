package org.practiceexchange.shared.web;

import org.springframework.security.core.Authentication;

/**
 * Whether a navigation link leads somewhere useful for this signed-in person now (they have a
 * project, an assignment, an application…), beyond what their roles allow. The module that owns
 * the link answers, with one cheap query at most. Never asked for a visitor.
 */
@FunctionalInterface
public interface NavigationCondition {

	boolean holdsFor(Authentication person);
}

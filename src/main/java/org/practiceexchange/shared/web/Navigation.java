package org.practiceexchange.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.stereotype.Component;

/**
 * Every module's navigation links, in order. The layout asks for {@code ${@navigation.visible()}}:
 * the links whose security expression holds for the current person. Expressions are parsed once at
 * start-up; evaluating them per page is cheap (unlike the template dialect's, which looks the
 * expression handler up on every call).
 */
@Component("navigation")
public class Navigation {

	private record Compiled(NavigationLink link, Expression access) {
	}

	private static final Authentication NOBODY = new AnonymousAuthenticationToken("visitor", "visitor",
			org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final List<Compiled> links;

	Navigation(List<NavigationLink> links) {
		SpelExpressionParser parser = new SpelExpressionParser();
		this.links = links.stream()
			.sorted(Comparator.comparingInt(NavigationLink::order))
			.map(link -> new Compiled(link, parser.parseExpression(link.access())))
			.toList();
	}

	/** The links the signed-in person (or a visitor) may see. */
	public List<NavigationLink> visible() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		SecurityExpressionRoot root = new SecurityExpressionRoot(current == null ? NOBODY : current) {
		};
		root.setTrustResolver(new AuthenticationTrustResolverImpl());
		StandardEvaluationContext context = new StandardEvaluationContext(root);
		return links.stream()
			.filter(compiled -> Boolean.TRUE.equals(compiled.access().getValue(context, Boolean.class)))
			.map(Compiled::link)
			.toList();
	}

	/** Whether someone is signed in: the layout gives htmx the CSRF token only then. */
	public boolean signedIn() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class SiteLinks {

		@Bean
		NavigationLink manageLink() {
			return new NavigationLink(80, "/manage", "nav.manage", "hasRole('PROGRAMME_MANAGER')");
		}
	}
}

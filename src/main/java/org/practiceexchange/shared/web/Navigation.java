package org.practiceexchange.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every module's navigation links, in order. The layout asks for {@code ${@navigation.header()}}:
 * at most {@value #MAX_HEADER_ENTRIES} entries, the last of them "More" when the person has more;
 * the "More" page asks for {@link #more()}, the rest under their headings. A link shows when its
 * security expression holds for the current person and, for someone signed in, its module's
 * condition too (they have something there). Expressions are parsed once at start-up; the links a
 * person sees are worked out once per request, so the header and the "More" page ask the modules'
 * conditions once.
 */
@Component("navigation")
public class Navigation {

	/** The most entries the header shows anyone; the rest go to the "More" page. */
	public static final int MAX_HEADER_ENTRIES = 7;

	/** The "More" page's address. */
	public static final String MORE = "/more";

	/** A header entry, and whether it is the current page ({@code page}), holds it ({@code true}) or neither (null). */
	public record Entry(NavigationLink link, String current) {

		public boolean active() {
			return current != null;
		}

		/** GOV.UK's classes for the item (written here: a template's literal cannot hold a double underscore). */
		public String itemClass() {
			return active() ? "govuk-service-navigation__item govuk-service-navigation__item--active"
					: "govuk-service-navigation__item";
		}
	}

	private record Compiled(NavigationLink link, Expression access) {
	}

	private record Visible(List<NavigationLink> header, Map<String, List<NavigationLink>> more) {
	}

	private static final List<String> SECTION_ORDER = List.of(NavigationLink.WORK, NavigationLink.SECTOR,
			NavigationLink.ALSO, NavigationLink.ACCOUNT);

	private static final String VISIBLE_ATTRIBUTE = Navigation.class.getName() + ".visible";

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

	/** The header's entries for the current person, at most {@value #MAX_HEADER_ENTRIES}, with the current page marked. */
	public List<Entry> header() {
		List<NavigationLink> header = visibleNow().header();
		String here = currentPath();
		NavigationLink holder = null;
		for (NavigationLink link : header) {
			if (here != null && here.startsWith(link.path() + "/")
					&& (holder == null || link.path().length() > holder.path().length())) {
				holder = link;
			}
		}
		if (holder == null && here != null && !header.stream().anyMatch(link -> link.path().equals(here))
				&& visibleNow().more().values().stream().flatMap(List::stream)
					// the account has its own link in the header bar, marked there
					.filter(link -> !NavigationLink.ACCOUNT.equals(link.section()))
					.anyMatch(link -> here.equals(link.path()) || here.startsWith(link.path() + "/"))) {
			holder = header.stream().filter(link -> link.path().equals(MORE)).findFirst().orElse(null);
		}
		List<Entry> entries = new ArrayList<>();
		for (NavigationLink link : header) {
			String current = link.path().equals(here) ? "page" : link == holder ? "true" : null;
			entries.add(new Entry(link, current));
		}
		return entries;
	}

	/** {@code page} on the account page, for the header bar's link's {@code aria-current}; otherwise null. */
	public String accountCurrent() {
		return "/account".equals(currentPath()) ? "page" : null;
	}

	/** The current person's links that are not in the header, under their headings, in order. */
	public Map<String, List<NavigationLink>> more() {
		return visibleNow().more();
	}

	/** Every link the current person may see, in the header or on the "More" page. */
	public List<NavigationLink> visible() {
		List<NavigationLink> all = new ArrayList<>(visibleNow().header());
		visibleNow().more().values().forEach(all::addAll);
		return all;
	}

	/** Whether someone is signed in: the layout gives htmx the CSRF token only then. */
	public boolean signedIn() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
	}

	private Visible visibleNow() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (request != null) {
			Object cached = request.getAttribute(VISIBLE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (cached instanceof Map<?, ?> byPerson && byPerson.containsKey(key(current))) {
				return (Visible) byPerson.get(key(current));
			}
		}
		Visible visible = work(current);
		if (request != null) {
			request.setAttribute(VISIBLE_ATTRIBUTE, Map.of(key(current), visible), RequestAttributes.SCOPE_REQUEST);
		}
		return visible;
	}

	private static Object key(Authentication current) {
		return current == null ? NOBODY : current;
	}

	private Visible work(Authentication current) {
		boolean signedIn = signedIn();
		SecurityExpressionRoot root = new SecurityExpressionRoot(current == null ? NOBODY : current) {
		};
		root.setTrustResolver(new AuthenticationTrustResolverImpl());
		StandardEvaluationContext context = new StandardEvaluationContext(root);
		List<NavigationLink> shown = links.stream()
			.filter(compiled -> Boolean.TRUE.equals(compiled.access().getValue(context, Boolean.class)))
			.map(Compiled::link)
			.filter(link -> link.condition() == null || (signedIn && link.condition().holdsFor(current)))
			.toList();

		Map<String, List<NavigationLink>> more = new LinkedHashMap<>();
		shown.stream().filter(link -> !link.inHeader())
			.forEach(link -> more.computeIfAbsent(link.section(), section -> new ArrayList<>()).add(link));

		NavigationLink moreLink = shown.stream().filter(link -> link.inHeader() && MORE.equals(link.path()))
			.findFirst().orElse(null);
		List<NavigationLink> header = new ArrayList<>(
				shown.stream().filter(link -> link.inHeader() && !MORE.equals(link.path())).toList());
		int room = MAX_HEADER_ENTRIES - (moreLink == null ? 0 : 1);
		if (moreLink != null && header.size() > room) {
			more.computeIfAbsent(NavigationLink.ALSO, section -> new ArrayList<>())
				.addAll(header.subList(room, header.size()));
			header = new ArrayList<>(header.subList(0, room));
		}
		if (moreLink != null && !more.isEmpty()) {
			header.add(moreLink);
		}
		Map<String, List<NavigationLink>> ordered = new LinkedHashMap<>();
		SECTION_ORDER.stream().filter(more::containsKey).forEach(section -> ordered.put(section, List.copyOf(more.get(section))));
		more.forEach((section, sectionLinks) -> ordered.putIfAbsent(section, List.copyOf(sectionLinks)));
		return new Visible(List.copyOf(header), java.util.Collections.unmodifiableMap(ordered));
	}

	private static String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String path ? path : request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class SiteLinks {

		@Bean
		NavigationLink manageLink() {
			return new NavigationLink(80, "/manage", "nav.manage", "hasRole('PROGRAMME_MANAGER')");
		}

		/** Last in the header, for whoever has links that are not in it. */
		@Bean
		NavigationLink moreLink() {
			return new NavigationLink(99, MORE, "nav.more", "isAuthenticated()");
		}
	}
}

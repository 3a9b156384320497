package org.practiceexchange.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Every module's navigation links, in order: {@code ${@navigation.links()}} in the layout. */
@Component("navigation")
public class Navigation {

	private final List<NavigationLink> links;

	Navigation(List<NavigationLink> links) {
		this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	public List<NavigationLink> links() {
		return links;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class SiteLinks {

		@Bean
		NavigationLink manageLink() {
			return new NavigationLink(80, "/manage", "nav.manage", "hasRole('PROGRAMME_MANAGER')");
		}
	}
}

package org.practiceexchange.inquiry;

import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectInvolvement;
import org.practiceexchange.shared.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class InquiryRoutes {

	/**
	 * Only where the list has something: for a manager always; for a mentor or provider lead when
	 * they have a project, whose inquiries they follow; for a practitioner when they have an inquiry
	 * (they start one from their project's page).
	 */
	@Bean
	NavigationLink inquiriesLink(JdbcTemplate jdbc, ProjectInvolvement involvement) {
		return new NavigationLink(21, "/inquiries", "nav.inquiries",
				"hasAnyRole('PRACTITIONER','MENTOR','PROVIDER_LEAD','PROGRAMME_MANAGER')")
			.when(person -> person.getPrincipal() instanceof SignedInPerson me && (me.hasRole(Role.PROGRAMME_MANAGER)
					|| (me.hasRole(Role.MENTOR) || me.hasRole(Role.PROVIDER_LEAD) ? involvement.hasAProject(me)
							: Boolean.TRUE.equals(jdbc.queryForObject(
									"select case when exists (select 1 from inquiry where practitioner_id = ?) then true else false end",
									Boolean.class, me.id())))));
	}
}

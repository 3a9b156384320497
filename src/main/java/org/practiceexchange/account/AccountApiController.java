package org.practiceexchange.account;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "People")
class AccountApiController {

	private final PeopleDirectory people;

	private final Organisations organisations;

	private final List<MembershipProvider> memberships;

	private final AccountService accounts;

	AccountApiController(PeopleDirectory people, Organisations organisations, List<MembershipProvider> memberships,
			AccountService accounts) {
		this.accounts = accounts;
		this.people = people;
		this.organisations = organisations;
		this.memberships = memberships;
	}

	record Me(Long id, String email, String name, Set<Role> roles, List<OrganisationSummary> organisations,
			List<MembershipProvider.Membership> projects) {
	}

	record PersonView(Long id, String email, String name, PersonStatus status, Set<Role> roles, List<Long> organisationIds) {

		static PersonView of(PersonSummary person) {
			return new PersonView(person.id(), person.email(), person.name(), person.status(), person.roles(),
					person.organisationIds());
		}
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in caller: roles, organisations and the projects they belong to")
	Me me(@AuthenticationPrincipal SignedInPerson me) {
		PersonSummary person = people.find(me.id()).orElseThrow();
		List<MembershipProvider.Membership> projects = memberships.stream()
			.flatMap(provider -> provider.membershipsOf(me.id()).stream())
			.toList();
		return new Me(person.id(), person.email(), person.name(), person.roles(),
				organisations.findAll(person.organisationIds()), projects);
	}

	@GetMapping("/people")
	@Operation(summary = "People, for programme managers; filter by text, role and status")
	PageView<PersonView> people(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) PersonStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("name"));
		return PageView.of(people.search(q, role, status, request).map(PersonView::of));
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "One person, for programme managers")
	PersonView person(@PathVariable Long id) {
		return PersonView.of(people.find(id).orElseThrow(() -> new RecordNotFoundException("Person", id)));
	}

	@PostMapping("/people/{id}/erasure")
	@Operation(summary = "Erase a person at their request: the account is anonymised, their work kept; programme managers only")
	PersonView erase(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		people.find(id).orElseThrow(() -> new RecordNotFoundException("Person", id));
		return PersonView.of(accounts.erase(id, me.id()));
	}
}
